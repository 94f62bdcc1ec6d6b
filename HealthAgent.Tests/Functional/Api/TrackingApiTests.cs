using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Api;

public sealed class TrackingApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task EveryKind_IsLoggedWithTenXp_AndListedForItsLocalDay()
    {
        var ada = await host.CreateUserAsync(timeZone: "Europe/Berlin");
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        var bodies = new Dictionary<string, object>
        {
            ["weight"] = new { weightKg = 81.4m, measuredAt = now },
            ["sleep"] = new { bedtime = now.AddHours(-8), wakeTime = now, quality = 7 },
            ["water"] = new { amountMl = 500, drunkAt = now },
            ["exercise"] = new { type = "running", minutes = 30, intensity = "moderate", performedAt = now },
            ["mood"] = new { score = 7, note = "fine", feltAt = now },
        };

        foreach (var (kind, body) in bodies)
        {
            var response = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tracking/{kind}", body);
            response.StatusCode.Should().Be(HttpStatusCode.Created, kind);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("award").GetProperty("xpAwarded").GetInt32().Should().Be(10, kind);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);
        foreach (var kind in bodies.Keys)
        {
            var page = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/tracking/{kind}?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
            page.GetProperty("items").GetArrayLength().Should().Be(1, kind);
        }
        var gamification = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/gamification");
        gamification.GetProperty("level").GetProperty("totalXp").GetInt32().Should().Be(50);
    }

    [Fact]
    public async Task Weight_OutOfRange_Is400NamingTheField_AndAnotherUsersEntryIs404()
    {
        var ada = await host.CreateUserAsync();
        var bob = await host.CreateUserAsync();
        var bad = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tracking/weight", new { weightKg = 5 });
        var bobs = await (await bob.Client.PostAsJsonAsync($"/api/v1/users/{bob.Id}/tracking/weight", new { weightKg = 90 })).Content.ReadFromJsonAsync<JsonElement>();
        var bobEntry = bobs.GetProperty("entry").GetProperty("id").GetGuid();

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("weightKg", out _).Should().BeTrue();
        (await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}/tracking/weight/{bobEntry}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Trends_AndDailyWater_AnswerInLocalDays()
    {
        var ada = await host.CreateUserAsync(timeZone: "Asia/Tokyo");
        await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tracking/water", new { amountMl = 300 });
        await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tracking/water", new { amountMl = 200 });
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).DateTime);

        var daily = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/tracking/water/daily?from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var trends = await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/tracking/trends");

        daily.GetArrayLength().Should().Be(2);
        daily[1].GetProperty("total").GetDecimal().Should().Be(500);
        trends.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CustomTracker_ValidatesEntriesAgainstItsFields()
    {
        var ada = await host.CreateUserAsync();
        var tracker = await (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/trackers", new
        {
            name = "steps",
            fields = new object[] { new { name = "count", type = "number", unit = "steps", min = 0, max = 100000 }, new { name = "outdoors", type = "yes_no" } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var trackerId = tracker.GetProperty("id").GetGuid();

        var good = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/trackers/{trackerId}/entries", new { values = new { count = 8000, outdoors = true } });
        var bad = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/trackers/{trackerId}/entries", new { values = new { count = -3, outdoors = "maybe" } });

        good.StatusCode.Should().Be(HttpStatusCode.Created);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        errors.Should().HaveCount(2, "both fields are wrong and each is named: {0}", string.Join(", ", errors));
    }

    [Fact]
    public async Task TrackerEntry_IsChangedAndDeletedUnderItsTracker_AndTheFirstRoutesStillWork()
    {
        var ada = await host.CreateUserAsync();
        var u = $"/api/v1/users/{ada.Id}";
        async Task<Guid> TrackerAsync(string name) => (await (await ada.Client.PostAsJsonAsync($"{u}/trackers", new
        {
            name, fields = new object[] { new { name = "count", type = "number", min = 0, max = 100000 } },
        })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        async Task<(Guid Id, string Location)> EntryAsync(Guid tracker, int count)
        {
            var created = await ada.Client.PostAsJsonAsync($"{u}/trackers/{tracker}/entries", new { values = new { count } });
            created.StatusCode.Should().Be(HttpStatusCode.Created);
            return ((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry").GetProperty("id").GetGuid(), created.Headers.Location!.ToString());
        }
        var days = $"from={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}";
        var steps = await TrackerAsync("steps");
        var floors = await TrackerAsync("floors");
        var (entry, location) = await EntryAsync(steps, 8000);

        location.Should().Be($"{u}/trackers/{steps}/entries/{entry}");
        (await ada.Client.PutAsJsonAsync($"{u}/trackers/{floors}/entries/{entry}", new { values = new { count = 1 } })).StatusCode
            .Should().Be(HttpStatusCode.NotFound, "the entry belongs to another tracker");
        (await ada.Client.DeleteAsync($"{u}/trackers/{floors}/entries/{entry}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ada.Client.PutAsJsonAsync($"{u}/trackers/{steps}/entries/{entry}", new { values = new { count = 9000 } })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ada.Client.PutAsJsonAsync($"{u}/trackers/entries/{entry}", new { values = new { count = 9500 } })).StatusCode.Should().Be(HttpStatusCode.OK, "the first route is an alias");
        var listed = await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/trackers/{steps}/entries?{days}");
        listed.GetProperty("items")[0].GetProperty("values").GetProperty("count").GetInt32().Should().Be(9500);

        (await ada.Client.DeleteAsync($"{u}/trackers/{steps}/entries/{entry}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var (second, _) = await EntryAsync(steps, 100);
        (await ada.Client.DeleteAsync($"{u}/trackers/entries/{second}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/trackers/{steps}/entries?{days}")).GetProperty("items").GetArrayLength().Should().Be(0);
    }
}
