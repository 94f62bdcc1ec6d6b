using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.BadInput;

/// <summary>
/// The outside tester's 500s and implausible values (issue 12, findings 1–7 and 12), each now a 400 Problem Details
/// naming the field: the rule is applied where the input enters, with the database's refusals mapped behind it.
/// </summary>
public sealed class BadInputTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private const string Nul = "a\u0000b";

    public static TheoryData<string, string, string, string> NulFields() => new()
    {
        { "PATCH", "", """{"displayName":"NUL"}""", "displayName" },
        { "POST", "/food/entries", """{"meal":"lunch","items":[{"name":"NUL","quantity":1,"unit":"piece","grams":100,"kcal":50,"proteinG":1,"carbsG":1,"fatG":1}]}""", "items[0].name" },
        { "POST", "/food/entries", """{"text":"an apple","note":"NUL"}""", "note" },
        { "POST", "/tracking/exercise", """{"type":"NUL","minutes":30,"intensity":"low"}""", "type" },
        { "POST", "/tracking/mood", """{"score":5,"note":"NUL"}""", "note" },
        { "POST", "/trackers", """{"name":"NUL","fields":[{"name":"count","type":"number"}]}""", "name" },
        { "POST", "/reminders", """{"message":"NUL","kind":"water","schedule":{"type":"daily","time":"09:00:00"}}""", "message" },
        { "POST", "/keys", """{"name":"NUL"}""", "name" },
    };

    [Theory]
    [MemberData(nameof(NulFields))]
    public async Task ANulCharacter_InAnyStoredString_Is400NamingTheField(string method, string path, string body, string field)
    {
        var ada = await host.CreateUserAsync();

        var response = await SendAsync(ada, method, path, body.Replace("NUL", "a\\u0000b"));

        await ExpectFieldAsync(response, field);
    }

    [Fact]
    public async Task ANulCharacter_InAConversationMessage_OrAQuery_Is400()
    {
        var ada = await host.CreateUserAsync();

        await ExpectFieldAsync(await ada.Client.PostAsJsonAsync($"/api/v1/conversations/{ada.Id}/messages", new { text = Nul }), "text");
        await ExpectFieldAsync(await ada.Client.PostAsJsonAsync($"/api/v1/conversations/{ada.Id}/messages", new { text = "hi", messageId = Nul }), "messageId");
        await ExpectFieldAsync(await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/food/entries?cursor=a%00b"), "cursor");
    }

    [Theory]
    [InlineData("POST", "/tracking/weight", "")]
    [InlineData("POST", "/tracking/sleep", "null")]
    [InlineData("POST", "/tracking/mood", "null")]
    [InlineData("PUT", "/tracking/water/0193a6f3-0000-7000-8000-000000000001", "")]
    public async Task AnEmptyOrNullBody_Is400(string method, string path, string body)
    {
        var ada = await host.CreateUserAsync();

        var response = await SendAsync(ada, method, path, body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("POST", "/food/entries", """{"meal":"lunch","items":[null]}""", "items[0]")]
    [InlineData("POST", "/trackers", """{"name":"t","fields":[null]}""", "fields[0]")]
    [InlineData("PATCH", "/goals", """{"clear":[null]}""", "clear[0]")]
    public async Task ANullListElement_Is400NamingIt(string method, string path, string body, string field)
    {
        var ada = await host.CreateUserAsync();

        await ExpectFieldAsync(await SendAsync(ada, method, path, body), field);
    }

    [Fact]
    public async Task AUsualMealWithoutName_Is400()
    {
        var ada = await host.CreateUserAsync();
        var entry = await (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { text = "an apple" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = entry.GetProperty("entry").GetProperty("id").GetGuid();

        (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/usual-meals", new { entryId = id })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await SendAsync(ada, "POST", "/food/usual-meals", $$"""{"entryId":"{{id}}","name":null}""")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/food/entries?date=9999-12-31")]
    [InlineData("/food/entries?date=0001-01-01")]
    [InlineData("/food/summary/daily?date=9999-12-31")]
    [InlineData("/food/summary/weekly?date=0001-01-01")]
    [InlineData("/tracking/weight?from=0001-01-01&to=9999-12-31")]
    public async Task AnExtremeDateInAQuery_Is400(string path)
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.GetAsync($"/api/v1/users/{ada.Id}{path}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"message":"m","kind":"water","schedule":{"type":"daily","time":"09:00:00","intervalHours":0}}""", "schedule.intervalHours")]
    [InlineData("""{"message":"m","kind":"water","schedule":{"type":"daily","time":"09:00:00","intervalHours":-1}}""", "schedule.intervalHours")]
    [InlineData("""{"message":"m","kind":"water","schedule":{"type":"daily","time":"09:00:00"},"endDate":"0001-01-01"}""", "endDate")]
    public async Task ReminderValuesTheDatabaseWouldRefuse_Are400(string body, string field)
    {
        var ada = await host.CreateUserAsync();

        await ExpectFieldAsync(await SendAsync(ada, "POST", "/reminders", body), field);
    }

    [Fact]
    public async Task AHugeCron_Is400_OnPostAndPut()
    {
        var ada = await host.CreateUserAsync();
        var cron = new string('*', 100_000);
        var body = "{\"message\":\"m\",\"kind\":\"water\",\"schedule\":{\"type\":\"cron\",\"cron\":\"" + cron + "\"}}";

        await ExpectFieldAsync(await SendAsync(ada, "POST", "/reminders", body), "schedule.cron");
        var created = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/reminders",
            new { message = "water", kind = "water", schedule = new { type = "daily", time = "09:00:00" } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ExpectFieldAsync(await SendAsync(ada, "PUT", $"/reminders/{id}", body), "schedule.cron");
    }

    [Fact]
    public async Task AnOutOfRangeNumericEnum_Is400_NeverA500()
    {
        var ada = await host.CreateUserAsync();
        var body = """{"meal":"lunch","items":[{"name":"egg","quantity":1,"unit":"piece","grams":50,"kcal":70,"proteinG":6,"carbsG":0,"fatG":5,"source":99}]}""";

        var response = await SendAsync(ada, "POST", "/food/entries", body);

        await ExpectFieldAsync(response, "items[0].source");
    }

    [Theory]
    [InlineData("POST", "/tracking/weight", """{"weightKg":80,"measuredAt":"0001-01-01T00:00:00Z"}""")]
    [InlineData("POST", "/tracking/water", """{"amountMl":250,"drunkAt":"0001-01-01T00:00:00Z"}""")]
    [InlineData("POST", "/tracking/exercise", """{"type":"run","minutes":20,"intensity":"low","performedAt":"0001-01-01T00:00:00Z"}""")]
    [InlineData("POST", "/tracking/mood", """{"score":5,"feltAt":"0001-01-01T00:00:00Z"}""")]
    public async Task AYearOneTimestamp_IsRefused_AndEarnsNoXp(string method, string path, string body)
    {
        var ada = await host.CreateUserAsync();

        var response = await SendAsync(ada, method, path, body);
        var progress = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/gamification");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        progress.GetProperty("level").GetProperty("totalXp").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("/goals/suggestion?weightKg=-1")]
    [InlineData("/goals/suggestion?weightKg=1e20")]
    [InlineData("/reminders/upcoming?count=-1")]
    [InlineData("/reminders/upcoming?count=100000")]
    public async Task ImplausibleQueryNumbers_Are400(string path)
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.GetAsync($"/api/v1/users/{ada.Id}{path}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> SendAsync(TestUser user, string method, string path, string body) =>
        user.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/users/{user.Id}{path}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

    private static async Task ExpectFieldAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().Contain(name => string.Equals(name, field, StringComparison.OrdinalIgnoreCase), text);
    }
}
