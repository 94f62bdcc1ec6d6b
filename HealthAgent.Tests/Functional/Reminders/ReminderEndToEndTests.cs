using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Core.Agent.Tools;
using HealthAgent.Core.Conversations;
using HealthAgent.Core.Reminders.Parsing;
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
    public async Task PhraseToTool_FiresThroughTheBotAtNineLocal_AndDoneAwardsXp()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time)));
        var ada = await host.CreateUserAsync(timeZone: "Europe/Stockholm");
        var zone = TimeZones.Find("Europe/Stockholm");
        await using var bot = await NotificationsStub.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(host.Postgres.ConnectionString);
        var dispatcher = Dispatchers.Create(dataSource, bot, time);

        // What the offline brain does with the sentence: parse it, then call the tool the Api registered.
        var phrase = ReminderPhraseParser.Parse("remind me to take vitamin D every day at 9", time.GetUtcNow(), zone)!;
        JsonElement created;
        using (var scope = api.Services.CreateScope())
        {
            var tool = scope.ServiceProvider.GetServices<IAgentTool>().Single(t => t.Name == "create_reminder");
            var args = JsonSerializer.SerializeToElement(new { message = phrase.Message, kind = "medication", type = "daily", time = "09:00" });
            var result = await tool.InvokeAsync(new ToolContext(ada.Id, "Europe/Stockholm"), args, default);
            result.Success.Should().BeTrue(result.Error);
            created = JsonSerializer.SerializeToElement(result.Data);
        }
        var nextFire = created.GetProperty("reminder").GetProperty("NextFireAt").GetDateTimeOffset();
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
        using (var scope = api.Services.CreateScope())
        {
            var handler = scope.ServiceProvider.GetServices<IConversationActionHandler>().Single(h => h.Prefix == "reminder");
            (await handler.HandleAsync(ada.Id, done, default)).Text.Should().StartWith("✅ Done on time");
        }
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ada.Key);
        var gamification = await client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/gamification");
        gamification.GetProperty("level").GetProperty("totalXp").GetInt32().Should().BeGreaterThan(0);
    }
}
