using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthAgent.ServiceDefaults;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.EndToEnd;

/// <summary>The whole graph under the real Aspire AppHost: health, an Api call, a Telegram day and a reminder from the Worker.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AppHostTests(AppHostFixture host)
{
    private const long TelegramUser = 6262;

    [Fact]
    public async Task Graph_StartsEveryResourceHealthy_AndTheApiSeesPostgresAndRedis()
    {
        foreach (var name in new[] { ResourceNames.Postgres, ResourceNames.HealthDb, ResourceNames.Redis })
        {
            host.App.ResourceNotifications.TryGetCurrentState(name, out var state).Should().BeTrue($"{name} is in the graph");
            state!.Snapshot.State?.Text.Should().Be("Running", $"{name} runs");
        }

        using var api = host.Client(ResourceNames.Api);
        using var deps = JsonDocument.Parse(await api.GetStringAsync("/health/deps"));
        var dependencies = deps.RootElement.GetProperty("dependencies");
        dependencies.GetProperty(ResourceNames.Postgres).GetProperty("status").GetString().Should().Be("ok");
        dependencies.GetProperty(ResourceNames.Redis).GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task ApiCall_WithTheGeneratedServiceKey_CreatesAUserInPostgres()
    {
        using var api = host.Client(ResourceNames.Api, host.ServiceKey);

        var created = await api.PostAsJsonAsync("/api/v1/users", new { telegramId = 4242, displayName = "Ada" });

        created.IsSuccessStatusCode.Should().BeTrue(await created.Content.ReadAsStringAsync());
        var user = await created.Content.ReadFromJsonAsync<JsonElement>();
        var again = await api.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.GetProperty("id").GetGuid()}");
        again.GetProperty("displayName").GetString().Should().Be("Ada");
    }

    [Fact]
    public async Task TelegramUser_SetsTimeZoneAndLogsAMeal_ThroughBotApiAndPostgres()
    {
        await host.Emulator.UserSendsAsync(AppHostFixture.BotToken, TelegramUser, "/start");
        await WaitForMessagesAsync(TelegramUser, 1);
        await host.Emulator.UserSendsAsync(AppHostFixture.BotToken, TelegramUser, "I'm in Berlin");
        var zone = await WaitForMessagesAsync(TelegramUser, 2);
        await host.Emulator.UserSendsAsync(AppHostFixture.BotToken, TelegramUser, "I had 2 eggs and a banana for breakfast");
        var logged = await WaitForMessagesAsync(TelegramUser, 3);

        zone[^1].Should().Contain("Europe/Berlin");
        logged[^1].Should().Contain("egg").And.Contain("banana");
        using var api = host.Client(ResourceNames.Api, host.ServiceKey);
        var user = await (await api.PostAsJsonAsync("/api/v1/users", new { telegramId = TelegramUser, displayName = "x" })).Content.ReadFromJsonAsync<JsonElement>();
        user.GetProperty("timeZone").GetString().Should().Be("Europe/Berlin");
    }

    [Fact]
    public async Task DueReminder_IsDispatchedByTheWorker_AndDeliveredByTheBotToTelegram()
    {
        const long reminderUser = 7373;
        using var api = host.Client(ResourceNames.Api, host.ServiceKey);
        var user = await (await api.PostAsJsonAsync("/api/v1/users", new { telegramId = reminderUser, displayName = "Rem" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = user.GetProperty("id").GetGuid();
        // The next whole minute in the user's zone (UTC for a new user): the Worker claims it then and asks the Bot to send it.
        var due = DateTimeOffset.UtcNow.AddMinutes(1);
        var reminder = await api.PostAsJsonAsync($"/api/v1/users/{id}/reminders", new
        {
            message = "Drink a glass of water", kind = "water",
            schedule = new { type = "once", date = due.ToString("yyyy-MM-dd"), time = due.ToString("HH:mm") },
        });
        reminder.IsSuccessStatusCode.Should().BeTrue(await reminder.Content.ReadAsStringAsync());

        var texts = await WaitForMessagesAsync(reminderUser, 1, TimeSpan.FromSeconds(120));

        texts.Should().Contain(t => t.Contains("Drink a glass of water"));
    }

    private async Task<IReadOnlyList<string>> WaitForMessagesAsync(long chatId, int count, TimeSpan? within = null)
    {
        IReadOnlyList<string> texts = [];
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var messages = await host.Emulator.BotMessagesAsync(AppHostFixture.BotToken);
            texts = [.. messages.Where(m => ChatOf(m) == chatId).Select(m => m["message"]?["text"]?.GetValue<string>() ?? "")];
            if (texts.Count >= count)
            {
                return texts;
            }
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"Only {texts.Count} of {count} bot messages reached chat {chatId}: {string.Join(" | ", texts)}");
    }

    private static long? ChatOf(JsonNode message) =>
        message["message"]?["chat_id"] is { } chat ? long.Parse(chat.ToString()) : null;
}
