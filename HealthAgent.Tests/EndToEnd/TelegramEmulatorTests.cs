using System.Text.Json.Nodes;
using HealthAgent.Tests.Functional.Bot;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.EndToEnd;

/// <summary>The real Bot host against the outside <c>telegram-test-api</c> emulator, with a fake Api behind it.</summary>
public sealed class TelegramEmulatorTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Token = "777001:emulator-token";
    private const long User = 4242;

    [Fact]
    public async Task UserStartsTalksAndPressesAButton_TheApiIsCalledAndTheRepliesAppearInTelegram()
    {
        await using var emulator = await TelegramEmulator.StartAsync();
        await using var api = await ApiStub.StartAsync();
        await using var bot = new BotFactory(emulator.BaseAddress, api.BaseAddress, redis.ConnectionString,
            new Dictionary<string, string?> { ["Telegram:BotToken"] = Token, ["Telegram:PerChatInterval"] = "00:00:00.200" });
        bot.CreateClient();

        await emulator.UserSendsAsync(Token, User, "/start");
        var welcome = await WaitForMessageAsync(emulator, text => text.StartsWith("Welcome, Ann!", StringComparison.Ordinal));
        welcome["message"]!["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>().Should().Be("goals:set");

        await emulator.UserSendsAsync(Token, User, "two eggs & toast");
        await WaitForMessageAsync(emulator, text => text == "You said: two eggs &amp; toast");

        await emulator.UserPressesAsync(Token, User, welcome["messageId"]!.GetValue<long>(), "goals:set");
        await WaitForMessageAsync(emulator, text => text == "Done: goals:set");

        var messages = await emulator.BotMessagesAsync(Token);
        messages.Should().HaveCount(2, "the pressed message is edited in place rather than answered with a new one");
        api.Calls.Select(c => $"{c.Method} {c.Path}").Should().ContainInOrder(
            "POST /api/v1/users",
            $"POST /api/v1/conversations/{ApiStub.UserId}/commands",
            $"POST /api/v1/conversations/{ApiStub.UserId}/messages",
            $"POST /api/v1/conversations/{ApiStub.UserId}/actions");
        api.Calls.Where(c => c.Path.StartsWith("/api/", StringComparison.Ordinal))
            .Should().OnlyContain(c => c.Authorization == $"Bearer {BotFactory.ServiceKey}");
    }

    private static async Task<JsonNode> WaitForMessageAsync(TelegramEmulator emulator, Func<string, bool> matches)
    {
        IReadOnlyList<JsonNode> messages = [];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            messages = await emulator.BotMessagesAsync(Token);
            if (messages.FirstOrDefault(m => matches(m["message"]?["text"]?.GetValue<string>() ?? "")) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The expected message did not appear in the emulator; the bot sent: "
            + string.Join(" | ", messages.Select(m => m["message"]?["text"]?.GetValue<string>())));
    }
}
