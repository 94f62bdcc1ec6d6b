extern alias bot;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using bot::HealthAgent.Bot.Rendering;
using bot::HealthAgent.Bot.Updates;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Bot;

public sealed partial class BotHostTests(RedisFixture redis) : IClassFixture<RedisFixture>, IAsyncLifetime
{
    // Update ids are 32-bit in the Bot API (and Redis remembers them per bot): each test takes its own range.
    private readonly int _chat = Random.Shared.Next(1_000_000, 2_000_000_000);
    private TelegramStub _telegram = null!;
    private ApiStub _api = null!;

    public async Task InitializeAsync()
    {
        _telegram = await TelegramStub.StartAsync();
        _api = await ApiStub.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Polling_TextMessage_GoesToTheConversationWithServiceKey_AndTheReplyIsSent()
    {
        await using var bot = Bot();
        bot.CreateClient();

        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "two eggs <fried>"));

        (await Eventually.TrueAsync(() => SentTexts().Any(t => t.Contains("You said", StringComparison.Ordinal))))
            .Should().BeTrue("the Api's reply should be sent back; sent: {0}", string.Join(" | ", SentTexts()));
        var call = _api.Calls.Single(c => c.Path.EndsWith("/messages", StringComparison.Ordinal));
        call.Authorization.Should().Be($"Bearer {BotFactory.ServiceKey}");
        call.Path.Should().Be($"/api/v1/conversations/{ApiStub.UserId}/messages");
        JsonNode.Parse(call.Body)!["messageId"]!.GetValue<string>().Should().Be($"tg:{_chat}:1");
        SentTexts().Should().Contain("You said: two eggs &lt;fried&gt;", "plain text is escaped for HTML parse mode");
    }

    [Fact]
    public async Task ApiDown_UserGetsTheNoticeOnce_AndTheAnswerWhenTheApiReturns()
    {
        _api.Down = true;
        await using var bot = Bot();
        bot.CreateClient();

        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "oatmeal"));
        (await Eventually.TrueAsync(() => SentTexts().Contains(BotTexts.Trouble))).Should().BeTrue("the user should hear about the outage");
        (await Eventually.TrueAsync(() => _api.Calls.Count(c => c.Path == "/api/v1/users") >= 4))
            .Should().BeTrue("the update should be retried while the Api is down");
        _api.Down = false;

        (await Eventually.TrueAsync(() => SentTexts().Contains("You said: oatmeal"))).Should().BeTrue("the update should be answered once the Api is back");
        SentTexts().Count(t => t == BotTexts.Trouble).Should().Be(1);
    }

    [Fact]
    public async Task RedeliveredUpdate_IsHandledOnce()
    {
        await using var bot = Bot();
        bot.CreateClient();

        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "apple"));
        (await Eventually.TrueAsync(() => SentTexts().Contains("You said: apple"))).Should().BeTrue();
        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "apple"));
        _telegram.Enqueue(TelegramStub.TextUpdate(_chat + 1, _chat, "pear", 2));

        (await Eventually.TrueAsync(() => SentTexts().Contains("You said: pear"))).Should().BeTrue();
        SentTexts().Count(t => t == "You said: apple").Should().Be(1);
        (await Eventually.TrueAsync(() => _telegram.CallsTo("getUpdates").Any(c => JsonNode.Parse(c.Body)?["offset"]?.GetValue<long>() == _chat + 2)))
            .Should().BeTrue("the next poll confirms the handled batch with its offset");
    }

    [Fact]
    public async Task Commands_StartGoesToTheCommandsEndpoint_ButtonPressEditsThePressedMessage()
    {
        await using var bot = Bot();
        bot.CreateClient();

        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "/start"));
        (await Eventually.TrueAsync(() => SentTexts().Any(t => t.StartsWith("Welcome", StringComparison.Ordinal)))).Should().BeTrue();
        var welcome = JsonNode.Parse(_telegram.CallsTo("sendMessage").Last().Body)!;
        welcome["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>().Should().Be("goals:set");

        _telegram.Enqueue(new JsonObject
        {
            ["update_id"] = _chat + 1,
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cb1",
                ["from"] = new JsonObject { ["id"] = _chat, ["is_bot"] = false, ["first_name"] = "Ann" },
                ["data"] = "goals:set",
                ["message"] = new JsonObject
                {
                    ["message_id"] = 555, ["date"] = 1, ["chat"] = new JsonObject { ["id"] = _chat, ["type"] = "private" },
                },
            },
        });

        (await Eventually.TrueAsync(() => _telegram.CallsTo("editMessageText").Count > 0)).Should().BeTrue();
        var edit = JsonNode.Parse(_telegram.CallsTo("editMessageText").Single().Body)!;
        edit["message_id"]!.GetValue<long>().Should().Be(555);
        edit["text"]!.GetValue<string>().Should().Be("Done: goals:set");
        _telegram.CallsTo("answerCallbackQuery").Should().ContainSingle();
        _api.Calls.Should().Contain(c => c.Path == $"/api/v1/conversations/{ApiStub.UserId}/commands" && c.Body.Contains("\"start\""));
        _api.Calls.Should().Contain(c => c.Path == $"/api/v1/conversations/{ApiStub.UserId}/actions" && c.Body.Contains("goals:set"));
    }

    [Fact]
    public async Task Webhook_WithoutTheSecret_Is401_WithIt_TheUpdateIsHandled()
    {
        await using var bot = Bot(new() { ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook", ["Telegram:WebhookSecret"] = "s3cret-token" });
        var client = bot.CreateClient();
        var update = TelegramStub.TextUpdate(_chat, _chat, "banana");

        var anonymous = await client.PostAsync("/telegram/webhook", JsonContent.Create(update));
        var wrong = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = JsonContent.Create(update) };
        wrong.Headers.Add(WebhookApi.SecretHeader, "guess");
        var wrongAnswer = await client.SendAsync(wrong);
        var right = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = JsonContent.Create(update) };
        right.Headers.Add(WebhookApi.SecretHeader, "s3cret-token");
        var rightAnswer = await client.SendAsync(right);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        wrongAnswer.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        rightAnswer.StatusCode.Should().Be(HttpStatusCode.OK);
        SentTexts().Should().Contain("You said: banana");
        (await Eventually.TrueAsync(() => _telegram.CallsTo("setWebhook").Count > 0)).Should().BeTrue();
        JsonNode.Parse(_telegram.CallsTo("setWebhook")[0].Body)!["secret_token"]!.GetValue<string>().Should().Be("s3cret-token");
        _telegram.CallsTo("getUpdates").Should().BeEmpty("webhook mode does not poll");
    }

    [Fact]
    public async Task Notifications_WithoutTheServiceKey_Are401()
    {
        await using var bot = Bot();
        var client = bot.CreateClient();

        var answer = await client.PostAsJsonAsync("/internal/notifications", Notification("n1"));

        answer.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _telegram.CallsTo("sendMessage").Should().BeEmpty();
    }

    [Fact]
    public async Task Notifications_RepeatedIdempotencyKey_IsSentOnce()
    {
        await using var bot = Bot();
        var client = Authorized(bot);
        var key = $"reminder-{Guid.NewGuid():N}";

        var first = await client.PostAsJsonAsync("/internal/notifications", Notification(key));
        var second = await client.PostAsJsonAsync("/internal/notifications", Notification(key));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>().Should().Be("sent");
        var repeat = (await second.Content.ReadFromJsonAsync<JsonObject>())!;
        repeat["status"]!.GetValue<string>().Should().Be("duplicate");
        repeat["messageId"]!.GetValue<long>().Should().BeGreaterThan(0);
        _telegram.CallsTo("sendMessage").Should().ContainSingle();
        JsonNode.Parse(_telegram.CallsTo("sendMessage")[0].Body)!["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!
            .GetValue<string>().Should().Be("water:log");
    }

    [Fact]
    public async Task Notifications_ToAChatThatBlockedTheBot_Are410()
    {
        _telegram.Override = (method, _) => method == "sendMessage" ? TelegramStub.Error(403, "Forbidden: bot was blocked by the user") : null;
        await using var bot = Bot();
        var client = Authorized(bot);

        var answer = await client.PostAsJsonAsync("/internal/notifications", Notification($"k-{Guid.NewGuid():N}"));
        var again = await client.PostAsJsonAsync("/internal/notifications", Notification($"k-{Guid.NewGuid():N}"));

        answer.StatusCode.Should().Be(HttpStatusCode.Gone);
        again.StatusCode.Should().Be(HttpStatusCode.Gone);
        _telegram.CallsTo("sendMessage").Should().ContainSingle("a blocked chat is not tried again");
    }

    [Fact]
    public async Task Notifications_BadBody_Is400()
    {
        await using var bot = Bot();
        var client = Authorized(bot);

        var answer = await client.PostAsJsonAsync("/internal/notifications", new { telegramChatId = _chat });

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Health_WithoutToken_ReportsTelegramDegradedWithAdvice()
    {
        await using var bot = Bot(new() { ["Telegram:BotToken"] = "" });
        var client = bot.CreateClient();

        var deps = await client.GetFromJsonAsync<JsonObject>("/health/deps");

        deps!["dependencies"]!["telegram"]!["status"]!.GetValue<string>().Should().Be("degraded");
        deps["dependencies"]!["telegram"]!["message"]!.GetValue<string>().Should().Contain("BotFather").And.Contain("Telegram__BotToken");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Token_NeverAppearsInLogs_EvenWhenTelegramFails()
    {
        var failures = 0;
        _telegram.Override = (method, _) => method == "getUpdates" && Interlocked.Increment(ref failures) <= 2
            ? Microsoft.AspNetCore.Http.Results.Text($"proxy error at /bot{TelegramStub.Token}/getUpdates", statusCode: 502) : null;
        var logs = new CapturedLogs();
        await using var bot = new BotFactory(_telegram.BaseAddress, _api.BaseAddress, redis.ConnectionString,
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace" }) { Logs = logs };
        bot.CreateClient();

        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "kiwi"));
        (await Eventually.TrueAsync(() => SentTexts().Contains("You said: kiwi"))).Should().BeTrue();

        logs.Lines.Should().Contain(l => l.Contains("getUpdates failed", StringComparison.Ordinal), "the failures are logged");
        logs.Lines.Should().NotContain(l => l.Contains(TelegramStub.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_NeverAppearsInHttpSpans()
    {
        var spans = new System.Collections.Concurrent.ConcurrentQueue<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) =>
                System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        await using var bot = Bot();
        bot.CreateClient();

        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "plum"));
        (await Eventually.TrueAsync(() => SentTexts().Contains("You said: plum"))).Should().BeTrue();
        // The stub records a call when it arrives; its span stops once the answer is back.
        List<string?> Ours() => [.. spans.Select(s => s.GetTagItem("url.full") as string)
            .Where(url => url is not null && url.StartsWith(_telegram.BaseAddress.ToString(), StringComparison.Ordinal))];
        await Eventually.TrueAsync(() => Ours().Any(url => url!.EndsWith("/sendMessage", StringComparison.Ordinal)));

        var ours = Ours();
        ours.Should().Contain(url => url!.EndsWith("/bot[redacted]/sendMessage", StringComparison.Ordinal));
        ours.Should().NotContain(url => url!.Contains(TelegramStub.Token, StringComparison.Ordinal));
    }

    private BotFactory Bot(Dictionary<string, string?>? settings = null) =>
        new(_telegram.BaseAddress, _api.BaseAddress, redis.ConnectionString, settings);

    private static HttpClient Authorized(BotFactory bot)
    {
        var client = bot.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ServiceKey);
        return client;
    }

    private object Notification(string key) => new
    {
        telegramChatId = _chat,
        text = "Time for a glass of water",
        buttons = new[] { new[] { new { label = "Logged", action = "water:log" } } },
        idempotencyKey = key,
    };

    private List<string> SentTexts() =>
        [.. _telegram.CallsTo("sendMessage").Select(c => JsonNode.Parse(c.Body)?["text"]?.GetValue<string>() ?? "")];
}
