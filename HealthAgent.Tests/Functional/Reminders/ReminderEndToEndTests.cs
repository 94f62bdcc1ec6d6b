using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Core.Time;
using HealthAgent.Tests.Infrastructure;
using HealthAgent.Tests.Integration.Reminders;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HealthAgent.Tests.Functional.Reminders;

public sealed class ReminderEndToEndTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task CreatedInConversation_FiresThroughTheBotAtNineLocal_AndDoneAwardsXp()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        var ada = await host.CreateUserAsync(timeZone: "Europe/Stockholm");
        var zone = TimeZones.Find("Europe/Stockholm");
        await using var bot = await NotificationsStub.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(host.Postgres.ConnectionString);
        var dispatcher = Dispatchers.Create(dataSource, bot, time);

        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ada.Key);

        // Through the conversation endpoint: the offline brain reads the phrase and calls reminders_create.
        var said = await client.PostAsJsonAsync($"/api/v1/conversations/{ada.Id}/messages", new { text = "remind me to Take vitamin D every day at 9" });
        said.EnsureSuccessStatusCode();
        (await said.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reply").GetProperty("text").GetString()
            .Should().StartWith("Reminder set: \"Take vitamin D\" every day at 09:00");
        var reminders = await client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/reminders");
        var nextFire = reminders.EnumerateArray().Single().GetProperty("nextFireAt").GetDateTimeOffset();
        ZonedTime.LocalDateTime(nextFire, zone).TimeOfDay.Should().Be(new TimeSpan(9, 0, 0));

        time.Advance(nextFire - time.GetUtcNow() - TimeSpan.FromMinutes(1));
        await dispatcher.RunOnceAsync(default);
        var beforeNine = bot.CallCount;
        time.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.RunOnceAsync(default);

        beforeNine.Should().Be(0, "nothing is sent before 09:00 Stockholm");
        var call = bot.Calls.Should().ContainSingle().Subject;
        call.GetProperty("text").GetString().Should().Be("⏰ Take vitamin D");
        var done = call.GetProperty("buttons")[0][0].GetProperty("action").GetString()!;

        time.Advance(TimeSpan.FromMinutes(5));
        var pressed = await client.PostAsJsonAsync($"/api/v1/conversations/{ada.Id}/actions", new { action = done });
        (await pressed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reply").GetProperty("text").GetString().Should().StartWith("✅ Done on time");
        var gamification = await client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/gamification");
        gamification.GetProperty("level").GetProperty("totalXp").GetInt32().Should().BeGreaterThan(0);
    }
}
