using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthAgent.Tests.Functional.Bot;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.EndToEnd;

/// <summary>
/// A Telegram user, the outside <c>telegram-test-api</c> emulator, the real Bot, the real Api (offline brain) and
/// PostgreSQL: the whole path of a message and its answer.
/// </summary>
public sealed class TelegramFullPathTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private const string Token = "777002:full-path-token";
    private const long TelegramUser = 5151;

    [Fact]
    public async Task UserStartsSetsTimeZoneLogsAMeal_AndTodaysTotalComesBackFromTheDatabase()
    {
        await using var emulator = await TelegramEmulator.StartAsync();
        await using var botFactory = new BotFactory(emulator.BaseAddress, new Uri("http://localhost"), host.Redis.ConnectionString,
            new Dictionary<string, string?>
            {
                ["Telegram:BotToken"] = Token, ["Telegram:PerChatInterval"] = "00:00:00.100", ["Auth:ServiceKey"] = ApiTestHost.ServiceKey,
            });
        // The Bot's Api client reaches the in-memory Api host; everything above the socket is the production code path.
        await using var bot = botFactory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient("api").ConfigurePrimaryHttpMessageHandler(() => host.Factory.Server.CreateHandler())));
        bot.CreateClient();

        await emulator.UserSendsAsync(Token, TelegramUser, "/start");
        await WaitForAsync(emulator, 1);
        await emulator.UserSendsAsync(Token, TelegramUser, "I'm in Berlin");
        var zone = await WaitForAsync(emulator, 2);
        await emulator.UserSendsAsync(Token, TelegramUser, "I had 2 eggs and a banana for breakfast");
        var logged = await WaitForAsync(emulator, 3);
        await emulator.UserSendsAsync(Token, TelegramUser, "how many calories today?");
        var total = await WaitForAsync(emulator, 4);

        zone.Should().Contain("Europe/Berlin");
        logged.Should().Contain("egg").And.Contain("banana");
        using var service = host.Client(ApiTestHost.ServiceKey);
        var user = await (await service.PostAsJsonAsync("/api/v1/users", new { telegramId = TelegramUser, displayName = "x" })).Content.ReadFromJsonAsync<JsonElement>();
        user.GetProperty("timeZone").GetString().Should().Be("Europe/Berlin");
        var today = await service.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.GetProperty("id").GetGuid()}/food/summary/daily");
        var kcal = today.GetProperty("totals").GetProperty("kcal").GetDecimal();
        kcal.Should().BeGreaterThan(200);
        total.Should().Contain(((int)Math.Round(kcal)).ToString(), "the answer is the figure stored in PostgreSQL");
    }

    // The emulator returns the bot's messages in order; wait until the n-th one arrives and return its text.
    private static async Task<string> WaitForAsync(TelegramEmulator emulator, int count)
    {
        IReadOnlyList<JsonNode> messages = [];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            messages = await emulator.BotMessagesAsync(Token);
            if (messages.Count >= count)
            {
                return messages[count - 1]["message"]?["text"]?.GetValue<string>() ?? "";
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"Only {messages.Count} of {count} bot messages arrived: "
            + string.Join(" | ", messages.Select(m => m["message"]?["text"]?.GetValue<string>())));
    }
}
