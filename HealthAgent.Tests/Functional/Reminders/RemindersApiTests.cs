using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Reminders;

public sealed class RemindersApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private static object Daily(string message, string time = "09:00") =>
        new { message, kind = "medication", schedule = new { type = "daily", time } };

    [Fact]
    public async Task Create_Is201_AndAnExactDuplicateReturnsTheExistingOneWith200()
    {
        var ada = await host.CreateUserAsync(timeZone: "Europe/Stockholm");

        var first = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/reminders", Daily("Vitamin D"));
        var again = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/reminders", Daily(" Vitamin D "));
        var list = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/reminders");

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().Should().Be(created.GetProperty("id").GetGuid());
        created.GetProperty("schedule").GetProperty("type").GetString().Should().Be("daily");
        created.GetProperty("graceMinutes").GetInt32().Should().Be(120);
        list.GetArrayLength().Should().Be(1);
    }

    [Theory]
    [InlineData("""{"kind":"water","schedule":{"type":"daily","time":"09:00"}}""", "message")]
    [InlineData("""{"message":"x","schedule":{"type":"cron","cron":"0 25 * * *"}}""", "schedule.cron")]
    [InlineData("""{"message":"x","schedule":{"type":"weekly","time":"09:00"}}""", "schedule.weekdays")]
    [InlineData("""{"message":"x","schedule":{"type":"interval","intervalHours":0,"windowStart":"08:00","windowEnd":"20:00"}}""", "schedule.intervalHours")]
    [InlineData("""{"message":"x"}""", "schedule")]
    public async Task Create_Invalid_Is400NamingTheField(string body, string field)
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.PostAsync($"/api/v1/users/{ada.Id}/reminders", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(field);
    }

    [Fact]
    public async Task AnotherUsersReminder_Is404_AndNoKeyIs401()
    {
        var ada = await host.CreateUserAsync();
        var bob = await host.CreateUserAsync();
        var bobs = await (await bob.Client.PostAsJsonAsync($"/api/v1/users/{bob.Id}/reminders", Daily("Bob's pill"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = bobs.GetProperty("id").GetGuid();
        using var anonymous = host.Client(null);

        (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/reminders/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}/reminders/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ada.Client.PostAsync($"/api/v1/users/{ada.Id}/reminders/{id}/pause", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ada.Client.GetAsync($"/api/v1/users/{bob.Id}/reminders/{id}")).IsSuccessStatusCode.Should().BeFalse("Ada cannot reach Bob's scope");
        (await anonymous.GetAsync($"/api/v1/users/{ada.Id}/reminders")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Lifecycle_UpdatePauseResumeUpcomingStatisticsSettingsDelete()
    {
        var ada = await host.CreateUserAsync(timeZone: "Asia/Kathmandu");
        var baseUrl = $"/api/v1/users/{ada.Id}/reminders";
        var id = (await (await ada.Client.PostAsJsonAsync(baseUrl, Daily("Vitamin D"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var updated = await ada.Client.PutAsJsonAsync($"{baseUrl}/{id}", Daily("Vitamin D", "08:30"));
        var paused = await (await ada.Client.PostAsync($"{baseUrl}/{id}/pause", null)).Content.ReadFromJsonAsync<JsonElement>();
        var upcomingWhilePaused = await ada.Client.GetFromJsonAsync<JsonElement>($"{baseUrl}/upcoming");
        await ada.Client.PostAsync($"{baseUrl}/{id}/resume", null);
        var upcoming = await ada.Client.GetFromJsonAsync<JsonElement>($"{baseUrl}/{id}/upcoming?count=3");
        var stats = await ada.Client.GetFromJsonAsync<JsonElement>($"{baseUrl}/{id}/statistics");
        var overall = await ada.Client.GetAsync($"{baseUrl}/statistics");
        var settings = await ada.Client.PutAsJsonAsync($"{baseUrl}/settings", new { enabled = true, time = "21:00" });
        var deleted = await ada.Client.DeleteAsync($"{baseUrl}/{id}");

        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        paused.GetProperty("active").GetBoolean().Should().BeFalse();
        upcomingWhilePaused.GetArrayLength().Should().Be(0);
        upcoming.GetArrayLength().Should().Be(3);
        upcoming.EnumerateArray().Select(o => o.GetProperty("localTime").GetDateTime().TimeOfDay).Should().AllBeEquivalentTo(new TimeSpan(8, 30, 0));
        upcoming[0].GetProperty("at").GetDateTimeOffset().Offset.Should().Be(TimeSpan.Zero);
        stats.GetProperty("occurrences").GetInt32().Should().Be(0);
        stats.GetProperty("byWeekday").GetArrayLength().Should().Be(7);
        overall.StatusCode.Should().Be(HttpStatusCode.OK);
        (await settings.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enabled").GetBoolean().Should().BeTrue();
        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await ada.Client.GetAsync($"{baseUrl}/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
