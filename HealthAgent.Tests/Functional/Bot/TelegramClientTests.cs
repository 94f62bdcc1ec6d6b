extern alias bot;

using System.Text.Json.Nodes;
using bot::HealthAgent.Bot.Telegram;
using bot::HealthAgent.Bot.Telegram.Models;
using bot::HealthAgent.Bot.Telegram.Requests;

namespace HealthAgent.Tests.Functional.Bot;

public sealed class TelegramClientTests : IAsyncLifetime
{
    private TelegramStub _stub = null!;

    public async Task InitializeAsync() => _stub = await TelegramStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task SendMessage_PostsTelegramFieldNamesToTheTokenPath()
    {
        var client = TelegramClients.For(_stub);
        var keyboard = new InlineKeyboardMarkup([[new InlineKeyboardButton("Yes", "meal:yes")]]);

        var sent = await client.SendMessageAsync(new SendMessageRequest(7, "a &lt; b", TelegramText.Html, keyboard, new ReplyParameters(3)), default);

        sent!.Chat.Id.Should().Be(7);
        var call = _stub.CallsTo("sendMessage").Single();
        call.ContentType.Should().StartWith("application/json");
        var body = JsonNode.Parse(call.Body)!;
        body["chat_id"]!.GetValue<long>().Should().Be(7);
        body["text"]!.GetValue<string>().Should().Be("a &lt; b");
        body["parse_mode"]!.GetValue<string>().Should().Be("HTML");
        body["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>().Should().Be("meal:yes");
        body["reply_parameters"]!["message_id"]!.GetValue<long>().Should().Be(3);
    }

    [Fact]
    public async Task EveryMethod_UsesItsBotApiName()
    {
        var client = TelegramClients.For(_stub);

        await client.GetMeAsync(default);
        await client.GetUpdatesAsync(new GetUpdatesRequest(5, 100, 0, ["message"]), default);
        await client.SetWebhookAsync(new SetWebhookRequest("https://example.org/hook", "s3cret", ["message"], true), default);
        await client.DeleteWebhookAsync(new DeleteWebhookRequest(false), default);
        await client.GetWebhookInfoAsync(default);
        await client.EditMessageTextAsync(new EditMessageTextRequest(7, 9, "edited"), default);
        await client.EditMessageReplyMarkupAsync(new EditMessageReplyMarkupRequest(7, 9), default);
        await client.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest("q1"), default);
        await client.SendChatActionAsync(new SendChatActionRequest(7, "typing"), default);
        await client.SetMyCommandsAsync(new SetMyCommandsRequest([new BotCommand("today", "Today")]), default);

        _stub.Calls.Select(c => c.Method).Should().Equal("getMe", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo",
            "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "sendChatAction", "setMyCommands");
        var updates = JsonNode.Parse(_stub.CallsTo("getUpdates")[0].Body)!;
        updates["offset"]!.GetValue<long>().Should().Be(5);
        updates["allowed_updates"]![0]!.GetValue<string>().Should().Be("message");
        var webhook = JsonNode.Parse(_stub.CallsTo("setWebhook")[0].Body)!;
        webhook["secret_token"]!.GetValue<string>().Should().Be("s3cret");
        webhook["drop_pending_updates"]!.GetValue<bool>().Should().BeTrue();
        JsonNode.Parse(_stub.CallsTo("answerCallbackQuery")[0].Body)!["callback_query_id"]!.GetValue<string>().Should().Be("q1");
    }

    [Fact]
    public async Task ErrorEnvelope_BecomesTypedExceptionWithCodeAndDescription()
    {
        _stub.Override = (method, _) => method == "sendMessage" ? TelegramStub.Error(400, "Bad Request: chat not found") : null;
        var client = TelegramClients.For(_stub);

        var act = () => client.SendMessageAsync(new SendMessageRequest(7, "hi"), default);

        var error = (await act.Should().ThrowAsync<TelegramApiException>()).Which;
        error.ErrorCode.Should().Be(400);
        error.Description.Should().Be("Bad Request: chat not found");
        error.IsTransient.Should().BeFalse();
        error.Message.Should().NotContain(TelegramStub.Token);
    }

    [Fact]
    public async Task TooManyRequests_WaitsRetryAfterAndSucceeds()
    {
        var calls = 0;
        _stub.Override = (method, _) => method == "sendMessage" && Interlocked.Increment(ref calls) == 1
            ? TelegramStub.Error(429, "Too Many Requests: retry after 1", retryAfter: 1) : null;
        var client = TelegramClients.For(_stub);

        var sent = await client.SendMessageAsync(new SendMessageRequest(7, "hi"), default);

        sent.Should().NotBeNull();
        var times = _stub.CallsTo("sendMessage").Select(c => c.At).ToList();
        times.Should().HaveCount(2);
        (times[1] - times[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950), "retry_after was 1 s");
    }

    [Fact]
    public async Task TooManyRequests_BeyondTheRetryLimit_ThrowsWithRetryAfter()
    {
        _stub.Override = (_, _) => TelegramStub.Error(429, "Too Many Requests", retryAfter: 0);
        var client = TelegramClients.For(_stub, o => o.MaxRateLimitRetries = 2);

        var act = () => client.SendMessageAsync(new SendMessageRequest(7, "hi"), default);

        (await act.Should().ThrowAsync<TelegramApiException>()).Which.RetryAfter.Should().Be(TimeSpan.Zero);
        _stub.CallsTo("sendMessage").Should().HaveCount(3);
    }

    [Fact]
    public async Task Forbidden_BecomesChatBlockedAndIsNotRetried()
    {
        _stub.Override = (_, _) => TelegramStub.Error(403, "Forbidden: bot was blocked by the user");
        var client = TelegramClients.For(_stub);

        var act = () => client.SendMessageAsync(new SendMessageRequest(7, "hi"), default);

        await act.Should().ThrowAsync<TelegramChatBlockedException>();
        _stub.CallsTo("sendMessage").Should().HaveCount(1);
    }

    [Fact]
    public async Task ErrorWithoutEnvelope_IsMappedByHttpStatus()
    {
        _stub.Override = (_, _) => Microsoft.AspNetCore.Http.Results.Json(new { message = "Not implemented" }, statusCode: 500);
        var client = TelegramClients.For(_stub);

        var act = () => client.SendChatActionAsync(new SendChatActionRequest(7, "typing"), default);

        var error = (await act.Should().ThrowAsync<TelegramApiException>()).Which;
        error.ErrorCode.Should().Be(500);
        error.IsTransient.Should().BeTrue();
    }

    [Fact]
    public async Task SendPhoto_UploadsMultipartWithTheFileAndFields()
    {
        var client = TelegramClients.For(_stub);

        await client.SendPhotoAsync(7, new InputFile("meal.png", [1, 2, 3], "image/png"), "Lunch",
            new InlineKeyboardMarkup([[new InlineKeyboardButton("Log it", "log")]]), default);

        var call = _stub.CallsTo("sendPhoto").Single();
        call.ContentType.Should().StartWith("multipart/form-data");
        call.Body.Should().Contain("name=chat_id").And.Contain("name=photo; filename=meal.png").And.Contain("Content-Type: image/png")
            .And.Contain("name=caption").And.Contain("Lunch").And.Contain("\"callback_data\":\"log\"");
    }

    [Fact]
    public async Task SendDocument_UploadsMultipart()
    {
        var client = TelegramClients.For(_stub);

        await client.SendDocumentAsync(7, new InputFile("export.json", "{}"u8.ToArray(), "application/json"), null, default);

        _stub.CallsTo("sendDocument").Single().Body.Should().Contain("name=document; filename=export.json");
    }

    [Fact]
    public async Task GetFileThenDownload_ReturnsTheFileBytes()
    {
        var client = TelegramClients.For(_stub);

        var file = await client.GetFileAsync(new GetFileRequest("f1"), default);
        var bytes = await client.DownloadFileAsync(file.FilePath!, default);

        bytes.Should().Equal("PHOTO-BYTES"u8.ToArray());
    }

    [Fact]
    public async Task WithoutToken_CallsFailWithAdvice()
    {
        var client = TelegramClients.For(_stub, o => o.BotToken = null);

        var act = () => client.GetMeAsync(default);

        (await act.Should().ThrowAsync<TelegramNotConfiguredException>()).Which.Message.Should().Contain("BotFather");
    }
}
