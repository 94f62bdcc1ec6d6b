using System.Net;
using System.Text;
using HealthAgent.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HealthAgent.Tests.Functional.OpenApi;

/// <summary>
/// The OpenAPI document against the Api's real behaviour, judged by an outside validating proxy (Stoplight Prism):
/// the docs/api.md walk-through, replayed call by call, has no violation in either direction; malformed requests
/// (each kind from the bad-input report) get the documented error, in the documented shape.
/// </summary>
public sealed class OpenApiContractTests(ApiBehindPrism api, ITestOutputHelper output) : IClassFixture<ApiBehindPrism>
{
    [Fact]
    public async Task TheDocsWalkthrough_MatchesTheDocument_BothWays()
    {
        var script = CurlWalkthrough.FromMarkdown(Path.Combine(RepositoryLayout.Root, "docs", "api.md"), "## A day of logging with curl");
        using var client = api.Client();
        var preset = new Dictionary<string, string>
        {
            ["API"] = api.Prism.BaseAddress.ToString().TrimEnd('/'),
            ["SERVICE_KEY"] = ApiTestHost.ServiceKey,
        };

        var exchanges = await script.RunAsync(preset, request => client.SendAsync(request));

        var problems = exchanges
            .Select(e => (e.Request, Status: (int)e.Response.StatusCode, Violations: PrismProxy.Violations(e.Response), e.Body))
            .Where(e => e.Status >= 400 || e.Violations.Count > 0)
            .Select(e => $"{e.Request} → {e.Status} {Shorten(e.Body)}\n    {string.Join("\n    ", e.Violations)}")
            .ToList();
        output.WriteLine($"{exchanges.Count} calls replayed from docs/api.md");
        problems.Should().BeEmpty();
        exchanges.Should().HaveCount(script.CurlCount, "every documented call ran");
        exchanges.Count.Should().BeGreaterThan(20);
    }

    [Fact]
    public async Task BadRequests_GetTheDocumentedErrors_InTheDocumentedShape()
    {
        var ada = await api.Host.CreateUserAsync("Ada");
        var bob = await api.Host.CreateUserAsync("Bob");
        using var asAda = api.Client(ada.Key);
        using var anonymous = api.Client();
        using var asService = api.Client(ApiTestHost.ServiceKey);
        var u = $"/api/v1/users/{ada.Id}";
        var entry = await ada.Client.PostAsync($"{u}/food/entries", Json("""{"meal":"lunch","items":[{"name":"rice","quantity":1,"unit":"bowl","grams":150,"kcal":195,"proteinG":4,"carbsG":42,"fatG":0.4}]}"""));
        entry.EnsureSuccessStatusCode();
        var entryId = System.Text.Json.Nodes.JsonNode.Parse(await entry.Content.ReadAsStringAsync())!["entry"]!["id"]!.ToString();

        var cases = new (string Name, HttpClient Client, HttpMethod Method, string Path, HttpContent? Body, HttpStatusCode Expected)[]
        {
            ("NUL in a string", asAda, HttpMethod.Patch, u, Json("{\"displayName\":\"a\\u0000b\"}"), HttpStatusCode.BadRequest),
            ("no body", asAda, HttpMethod.Post, $"{u}/tracking/weight", Json(""), HttpStatusCode.BadRequest),
            ("a null body", asAda, HttpMethod.Post, $"{u}/tracking/mood", Json("null"), HttpStatusCode.BadRequest),
            ("a null list element", asAda, HttpMethod.Post, $"{u}/food/entries", Json("""{"meal":"lunch","items":[null]}"""), HttpStatusCode.BadRequest),
            ("a usual meal without a name", asAda, HttpMethod.Post, $"{u}/food/usual-meals", Json($$"""{"entryId":"{{entryId}}"}"""), HttpStatusCode.BadRequest),
            ("a date far away", asAda, HttpMethod.Get, $"{u}/food/summary/daily?date=9999-12-31", null, HttpStatusCode.BadRequest),
            ("a value the database would refuse", asAda, HttpMethod.Post, $"{u}/reminders",
                Json("""{"message":"m","kind":"custom","schedule":{"type":"interval","intervalHours":0,"windowStart":"08:00","windowEnd":"20:00"}}"""), HttpStatusCode.BadRequest),
            ("an enum number out of range", asAda, HttpMethod.Post, $"{u}/food/entries",
                Json("""{"meal":"lunch","items":[{"name":"rice","quantity":1,"unit":"bowl","grams":150,"kcal":195,"proteinG":4,"carbsG":42,"fatG":0.4,"source":99}]}"""), HttpStatusCode.BadRequest),
            ("another user's resource", asAda, HttpMethod.Get, $"/api/v1/users/{bob.Id}/goals", null, HttpStatusCode.NotFound),
            ("no key", anonymous, HttpMethod.Get, $"{u}/goals", null, HttpStatusCode.Unauthorized),
            ("a user key where only the service may call", asAda, HttpMethod.Post, "/api/v1/users", Json("""{"telegramId":5,"displayName":"Eve"}"""), HttpStatusCode.Forbidden),
            ("a year-0001 timestamp", asAda, HttpMethod.Post, $"{u}/tracking/water", Json("""{"amountMl":250,"drunkAt":"0001-01-01T00:00:00Z"}"""), HttpStatusCode.BadRequest),
            ("an impossible weight", asAda, HttpMethod.Get, $"{u}/goals/suggestion?weightKg=-1", null, HttpStatusCode.BadRequest),
            ("a negative count", asAda, HttpMethod.Get, $"{u}/reminders/upcoming?count=-1", null, HttpStatusCode.BadRequest),
            ("a body that is too large", asAda, HttpMethod.Post, $"{u}/food/entries", Json($$"""{"text":"{{new string('a', 1_100_000)}}"}"""), HttpStatusCode.RequestEntityTooLarge),
            ("a body that is not JSON", asAda, HttpMethod.Post, $"{u}/tracking/water", new StringContent("amountMl=250", Encoding.UTF8, "text/plain"), HttpStatusCode.UnsupportedMediaType),
            ("not JSON for its type", asAda, HttpMethod.Post, $"{u}/tracking/water", Json("""{"amountMl":"lots"}"""), HttpStatusCode.BadRequest),
            ("an empty message", asAda, HttpMethod.Post, $"/api/v1/conversations/{ada.Id}/messages", Json("""{"text":"   "}"""), HttpStatusCode.BadRequest),
            ("an unknown command", asAda, HttpMethod.Post, $"/api/v1/conversations/{ada.Id}/commands", Json("""{"command":"dance"}"""), HttpStatusCode.BadRequest),
            ("an unknown entry", asAda, HttpMethod.Delete, $"{u}/food/entries/{Guid.NewGuid()}", null, HttpStatusCode.NotFound),
        };

        var problems = new List<string>();
        foreach (var (name, client, method, path, body, expected) in cases)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body };
            var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var answered = PrismProxy.Violations(response).Where(v => v.InResponse).ToList();
            if (response.StatusCode != expected || answered.Count > 0 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                problems.Add($"{name}: {method} {path} → {(int)response.StatusCode} {response.Content.Headers.ContentType} {Shorten(text)}\n    {string.Join("\n    ", answered)}");
            }
        }
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task PartialBodiesWithNulls_AndAnonymousHealth_AreValidByTheDocument()
    {
        var ada = await api.Host.CreateUserAsync("Ada");
        using var asAda = api.Client(ada.Key);
        using var anonymous = api.Client();
        var u = $"/api/v1/users/{ada.Id}";
        var calls = new (HttpClient Client, HttpMethod Method, string Path, HttpContent? Body)[]
        {
            (asAda, HttpMethod.Patch, u, Json("""{"sex":null,"heightCm":170}""")),
            (asAda, HttpMethod.Patch, $"{u}/goals", Json("""{"dailyKcal":2000}""")),
            (asAda, HttpMethod.Put, $"{u}/reminders/settings", Json("""{"enabled":true,"time":"21:00"}""")),
            (asAda, HttpMethod.Post, $"{u}/reminders", Json("""{"message":"Stretch","kind":"custom","schedule":{"type":"daily","time":"09:30"}}""")),
            (asAda, HttpMethod.Get, $"{u}/reminders/upcoming", null),
            (anonymous, HttpMethod.Get, "/health/ready", null),
            (anonymous, HttpMethod.Get, "/health/live", null),
        };

        var problems = new List<string>();
        foreach (var (client, method, path, body) in calls)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body };
            var response = await client.SendAsync(request);
            var violations = PrismProxy.Violations(response);
            if (!response.IsSuccessStatusCode || violations.Count > 0)
            {
                problems.Add($"{method} {path} → {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}\n    {string.Join("\n    ", violations)}");
            }
        }
        problems.Should().BeEmpty();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
