extern alias bot;

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using bot::HealthAgent.Bot.Updates;
using HealthAgent.Contracts.Commands;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>The hosted Bot's side of the Bot API as Telegram.Bot speaks it: the command menu, webhook JSON, flood control.</summary>
public sealed partial class BotHostTests
{
    [Fact]
    public async Task Startup_RegistersTheCommandCatalogueAsTelegramsMenu()
    {
        await using var bot = Bot();
        bot.CreateClient();

        (await Eventually.TrueAsync(() => _telegram.CallsTo("setMyCommands").Count > 0)).Should().BeTrue("the menu is set at start-up");
        var commands = JsonNode.Parse(_telegram.CallsTo("setMyCommands")[0].Body)!["commands"]!.AsArray()
            .Select(c => (c!["command"]!.GetValue<string>(), c["description"]!.GetValue<string>()));
        commands.Should().Equal(ChatCommands.Menu.Select(c => (c.Name, c.Description)), "the menu is the one catalogue, in its order");
        commands.Select(c => c.Item1).Should().NotContain(["invite", "invites", "revoke", "plan"], "admin commands are not shown to everyone");
    }

    [Fact]
    public async Task Webhook_UpdateInTelegramBotsJson_IsHandledOnlyWithTheSecret()
    {
        await using var bot = Bot(new() { ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook", ["Telegram:WebhookSecret"] = "s3cret-token" });
        var client = bot.CreateClient();
        var json = JsonSerializer.Serialize(new Update
        {
            Id = _chat,
            CallbackQuery = new CallbackQuery
            {
                Id = "cb-webhook", Data = "water:log", From = new User { Id = _chat, FirstName = "Ann" },
                Message = new Message { Id = 321, Date = DateTime.UtcNow, Chat = new Chat { Id = _chat, Type = ChatType.Private } },
            },
        }, JsonBotAPI.Options);

        var wrong = await client.SendAsync(Webhook(json, "not-the-secret"));
        var apiCallsBefore = _api.Calls.Count;
        var right = await client.SendAsync(Webhook(json, "s3cret-token"));
        var garbled = await client.SendAsync(Webhook("{\"update_id\": \"twelve\"", "s3cret-token"));

        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        apiCallsBefore.Should().Be(0, "an update without the secret is not handled");
        right.StatusCode.Should().Be(HttpStatusCode.OK);
        garbled.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var edit = JsonNode.Parse(_telegram.CallsTo("editMessageText").Single().Body)!;
        edit["message_id"]!.GetValue<int>().Should().Be(321);
        edit["text"]!.GetValue<string>().Should().Be("Done: water:log");
        JsonNode.Parse(_telegram.CallsTo("answerCallbackQuery").Single().Body)!["callback_query_id"]!.GetValue<string>().Should().Be("cb-webhook");
    }

    [Fact]
    public async Task TelegramFloodControl_TheReplyIsSentOnceMore_AfterRetryAfter_AndTheUpdateIsNotHandledAgain()
    {
        var limited = 0;
        _telegram.Override = (method, body) => method == "sendMessage" && body.Contains("You said: fig", StringComparison.Ordinal)
            && Interlocked.Increment(ref limited) == 1 ? TelegramStub.Error(429, "Too Many Requests: retry after 1", retryAfter: 1) : null;
        await using var bot = Bot();
        bot.CreateClient();

        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "fig"));
        (await Eventually.TrueAsync(() => Volatile.Read(ref limited) >= 2)).Should().BeTrue("the refused reply is sent again");
        await Task.Delay(1500);

        var attempts = _telegram.CallsTo("sendMessage").Where(c => c.Body.Contains("You said: fig", StringComparison.Ordinal)).ToList();
        attempts.Should().HaveCount(2, "one refused attempt and one repeat, by one layer only");
        (attempts[1].At - attempts[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950), "retry_after was 1 s");
        _api.Calls.Count(c => c.Path.EndsWith("/messages", StringComparison.Ordinal)).Should().Be(1, "the update was not handled a second time");
    }

    private static HttpRequestMessage Webhook(string json, string secret) => new(HttpMethod.Post, "/telegram/webhook")
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
        Headers = { { WebhookApi.SecretHeader, secret } },
    };
}
