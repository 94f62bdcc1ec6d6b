extern alias bot;

using System.Text.Json.Nodes;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>The thin handlers of the hosted Bot: what goes to which Api endpoint and what the user sees.</summary>
public sealed class BotHandlerTests(RedisFixture redis) : IClassFixture<RedisFixture>, IAsyncLifetime
{
    // Update ids are 32-bit in the Bot API (and Redis remembers them per bot): each test takes its own range.
    private readonly int _chat = Random.Shared.Next(1_000_000, 2_000_000_000);
    private TelegramStub _telegram = null!;
    private ApiStub _api = null!;
    private BotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _telegram = await TelegramStub.StartAsync();
        _api = await ApiStub.StartAsync();
        _bot = new BotFactory(_telegram.BaseAddress, _api.BaseAddress, redis.ConnectionString);
        _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _telegram.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Photo_IsDownloadedAndSentToTheConversationAsBase64WithItsCaption()
    {
        var update = Update(_chat, new JsonObject
        {
            ["caption"] = "my lunch",
            ["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = "small", ["width"] = 90, ["height"] = 90 },
                new JsonObject { ["file_id"] = "large", ["width"] = 1280, ["height"] = 960 }),
        });

        _telegram.Enqueue(update);

        (await Eventually.TrueAsync(() => SentTexts().Contains("You said: my lunch"))).Should().BeTrue();
        JsonNode.Parse(_telegram.CallsTo("getFile").Single().Body)!["file_id"]!.GetValue<string>().Should().Be("large");
        var body = JsonNode.Parse(_api.Calls.Single(c => c.Path.EndsWith("/messages", StringComparison.Ordinal)).Body)!;
        body["image"]!["base64"]!.GetValue<string>().Should().Be(Convert.ToBase64String("PHOTO-BYTES"u8.ToArray()));
        body["image"]!["mimeType"]!.GetValue<string>().Should().Be("image/jpeg");
    }

    [Fact]
    public async Task Voice_IsDownloadedAndSentToTheConversationAsBase64()
    {
        _telegram.Enqueue(Update(_chat, new JsonObject { ["voice"] = new JsonObject { ["file_id"] = "v1", ["file_unique_id"] = "u1", ["duration"] = 3, ["mime_type"] = "audio/ogg" } }));

        (await Eventually.TrueAsync(() => _api.Calls.Any(c => c.Path.EndsWith("/messages", StringComparison.Ordinal)))).Should().BeTrue();
        JsonNode.Parse(_telegram.CallsTo("getFile").Single().Body)!["file_id"]!.GetValue<string>().Should().Be("v1");
        var body = JsonNode.Parse(_api.Calls.Single(c => c.Path.EndsWith("/messages", StringComparison.Ordinal)).Body)!;
        body["voice"]!["base64"]!.GetValue<string>().Should().Be(Convert.ToBase64String("PHOTO-BYTES"u8.ToArray()));
        body["voice"]!["mimeType"]!.GetValue<string>().Should().Be("audio/ogg");
    }

    [Fact]
    public async Task ASharedLocation_IsSentToTheConversation()
    {
        _telegram.Enqueue(Update(_chat, new JsonObject { ["location"] = new JsonObject { ["latitude"] = 38.72, ["longitude"] = -9.14 } }));

        (await Eventually.TrueAsync(() => _api.Calls.Any(c => c.Path.EndsWith("/messages", StringComparison.Ordinal)))).Should().BeTrue();
        var body = JsonNode.Parse(_api.Calls.Single(c => c.Path.EndsWith("/messages", StringComparison.Ordinal)).Body)!;
        body["location"]!["latitude"]!.GetValue<double>().Should().Be(38.72);
        body["location"]!["longitude"]!.GetValue<double>().Should().Be(-9.14);
    }

    [Fact]
    public async Task AMessageOfAKindTheBotCannotRead_IsAnsweredWithWhatItCanRead_AndNotSentToTheApi()
    {
        _telegram.Enqueue(Update(_chat, new JsonObject { ["sticker"] = new JsonObject { ["file_id"] = "s1", ["file_unique_id"] = "u1", ["width"] = 512, ["height"] = 512 } }));

        (await Eventually.TrueAsync(() => SentTexts().Contains(bot::HealthAgent.Bot.Rendering.BotTexts.Unsupported))).Should().BeTrue();
        _api.Calls.Should().NotContain(c => c.Path.EndsWith("/messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupChat_IsIgnoredUnlessTheBotIsMentioned()
    {
        var group = -_chat;
        _telegram.Enqueue(Update(group, new JsonObject { ["text"] = "lunch was great" }, chatType: "group"));
        _telegram.Enqueue(Update(group, new JsonObject { ["text"] = "@health_bot two apples" }, chatType: "group", offset: 1));

        (await Eventually.TrueAsync(() => SentTexts().Contains("You said: two apples"))).Should().BeTrue();
        SentTexts().Should().NotContain("You said: lunch was great");
    }

    [Fact]
    public async Task DeleteMe_AsksForConfirmation_AndTheConfirmButtonDeletesTheUser()
    {
        _telegram.Enqueue(Update(_chat, new JsonObject { ["text"] = "/delete_me" }));
        (await Eventually.TrueAsync(() => _telegram.CallsTo("sendMessage").Count > 0)).Should().BeTrue();
        var question = JsonNode.Parse(_telegram.CallsTo("sendMessage").Single().Body)!;
        var confirm = question["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>();
        confirm.Should().StartWith("bot:");
        _api.Calls.Should().NotContain(c => c.Method == "DELETE", "nothing is deleted before the user confirms");

        _telegram.Enqueue(new JsonObject
        {
            ["update_id"] = _chat + 1,
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cb", ["data"] = confirm,
                ["from"] = new JsonObject { ["id"] = _chat, ["is_bot"] = false, ["first_name"] = "Ann" },
                ["message"] = new JsonObject { ["message_id"] = 77, ["date"] = 1, ["chat"] = new JsonObject { ["id"] = _chat, ["type"] = "private" } },
            },
        });

        (await Eventually.TrueAsync(() => _telegram.CallsTo("editMessageText").Count > 0)).Should().BeTrue();
        _api.Calls.Should().Contain(c => c.Method == "DELETE" && c.Path == $"/api/v1/users/{ApiStub.UserId}");
        _api.Calls.Should().NotContain(c => c.Path.EndsWith("/actions", StringComparison.Ordinal), "bot: actions are the Bot's own");
    }

    [Fact]
    public async Task Export_SendsTheUsersDataAsAJsonDocument()
    {
        _telegram.Enqueue(Update(_chat, new JsonObject { ["text"] = "/export" }));

        (await Eventually.TrueAsync(() => _telegram.CallsTo("sendDocument").Count > 0)).Should().BeTrue();
        _telegram.CallsTo("sendDocument").Single().Body.Should().Contain("filename=\"healthagent-export.json\"").And.Contain("{\"user\":{}}");
        _api.Calls.Should().Contain(c => c.Method == "GET" && c.Path == $"/api/v1/users/{ApiStub.UserId}/export");
    }

    [Fact]
    public async Task CommandWithArguments_GoesToTheCommandsEndpoint()
    {
        _telegram.Enqueue(Update(_chat, new JsonObject { ["text"] = "/timezone Europe/Berlin" }));

        (await Eventually.TrueAsync(() => SentTexts().Contains("command timezone"))).Should().BeTrue();
        var body = JsonNode.Parse(_api.Calls.Single(c => c.Path.EndsWith("/commands", StringComparison.Ordinal)).Body)!;
        body["args"]!.GetValue<string>().Should().Be("Europe/Berlin");
    }

    private JsonObject Update(long chatId, JsonObject content, string chatType = "private", long offset = 0)
    {
        content["message_id"] = 10 + offset;
        content["date"] = 1_700_000_000;
        content["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatType };
        content["from"] = new JsonObject { ["id"] = _chat, ["is_bot"] = false, ["first_name"] = "Ann" };
        return new JsonObject { ["update_id"] = _chat + offset, ["message"] = content };
    }

    private List<string> SentTexts() =>
        [.. _telegram.CallsTo("sendMessage").Select(c => JsonNode.Parse(c.Body)?["text"]?.GetValue<string>() ?? "")];
}
