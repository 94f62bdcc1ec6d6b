using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HealthAgent.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HealthAgent.Tests.Functional.BadInput;

/// <summary>
/// Walks the live OpenAPI document and sends malformed variants of every operation — wrong types, NUL characters,
/// huge text, extreme numbers and dates, null list elements, missing and empty bodies, odd query values — as the
/// owner, so every variant reaches validation. Any 5xx fails. Seeded: a failure names its seed, operation and body.
/// </summary>
public sealed class OpenApiFuzzTests(ApiTestHost host, ITestOutputHelper output) : IClassFixture<ApiTestHost>
{
    private const int Seed = 20261202;
    private const int VariantsPerOperation = 12;

    private static readonly JsonNode?[] Oddities =
    [
        null, "", "a\u0000b", new string('x', 20_000), -1, 0, 1e308, -1e308, 9_223_372_036_854_775_807m, true, "9999-12-31", "0001-01-01T00:00:00Z",
        "not-a-date", new JsonArray(), new JsonArray((JsonNode?)null), new JsonObject(), "00000000-0000-0000-0000-000000000000", 99,
    ];

    private static readonly string[] QueryOddities = ["-1", "0", "99999999999", "1e20", "9999-12-31", "0001-01-01", "%00", "abc", "", "true", new string('z', 3000)];

    [Fact]
    public async Task MalformedVariantsOfEveryOperation_NeverAnswer5xx()
    {
        await using var api = host.CreateFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
        });
        var ada = await host.CreateUserAsync();
        using var client = host.Client(ada.Key, api);
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var random = new Random(Seed);
        var failures = new List<string>();
        var sent = 0;

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (path.Contains("{userId}/", StringComparison.Ordinal) is false && path.EndsWith("{userId}", StringComparison.Ordinal) is false
                    && !path.StartsWith("/api/v1/nutrition", StringComparison.Ordinal) || method == "delete" && path.EndsWith("{userId}", StringComparison.Ordinal))
                {
                    continue;
                }
                for (var variant = 0; variant < VariantsPerOperation; variant++)
                {
                    var url = Url(path, operation!, ada.Id, random);
                    var body = Body(operation!, document, random, variant);
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
                    if (body is not null)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }
                    var response = await client.SendAsync(request);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method.ToUpperInvariant()} {url} {Shorten(body)} → {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
                    }
                }
            }
        }

        output.WriteLine($"seed {Seed}: {sent} requests");
        sent.Should().BeGreaterThan(500, "every operation gets its variants");
        failures.Should().BeEmpty($"seed {Seed}");
    }

    private static string Url(string path, JsonNode operation, Guid userId, Random random)
    {
        var url = path.Replace("{userId}", userId.ToString());
        while (url.IndexOf('{') is var start and >= 0)
        {
            url = url[..start] + (random.Next(4) == 0 ? "not-a-guid" : Guid.NewGuid().ToString()) + url[(url.IndexOf('}', start) + 1)..];
        }
        var query = (operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]?.GetValue<string>() == "query")
            .Select(p => $"{p!["name"]!.GetValue<string>()}={Uri.EscapeDataString(QueryOddities[random.Next(QueryOddities.Length)]).Replace("%2500", "%00")}");
        return url + "?" + string.Join("&", query);
    }

    private static string? Body(JsonNode operation, JsonNode document, Random random, int variant)
    {
        var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
        if (schema is null)
        {
            return null;
        }
        switch (variant)
        {
            case 0: return "";
            case 1: return "null";
            case 2: return "[]";
            case 3: return "{\"unexpected\":";
        }
        var properties = Resolve(schema, document)?["properties"]?.AsObject();
        var body = new JsonObject();
        foreach (var (name, property) in properties ?? [])
        {
            // Half of the fields get an oddity; nested objects get one level of odd fields too.
            var nested = Resolve(property!, document)?["properties"]?.AsObject();
            body[name] = nested is not null && random.Next(2) == 0
                ? new JsonObject(nested.Select(n => KeyValuePair.Create(n.Key, Odd(random))))
                : random.Next(2) == 0 ? Odd(random) : Plausible(property!, document);
        }
        return body.ToJsonString();
    }

    private static JsonNode? Odd(Random random) => Oddities[random.Next(Oddities.Length)]?.DeepClone();

    private static JsonNode? Plausible(JsonNode property, JsonNode document) =>
        Resolve(property, document)?["type"]?.ToString() switch
        {
            var t when t?.Contains("integer") == true => 1,
            var t when t?.Contains("number") == true => 1.5,
            var t when t?.Contains("boolean") == true => true,
            var t when t?.Contains("array") == true => new JsonArray(),
            _ => "x",
        };

    private static JsonNode? Resolve(JsonNode? schema, JsonNode document)
    {
        for (var depth = 0; depth < 5 && schema?["$ref"] is { } reference; depth++)
        {
            schema = document["components"]?["schemas"]?[reference.GetValue<string>().Split('/')[^1]];
        }
        return schema;
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length > 300 ? text[..300] + "…" : text;
}
