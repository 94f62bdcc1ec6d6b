using Polly.CircuitBreaker;
using Polly.Timeout;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HealthAgent.Bot.Delivery;
using HealthAgent.Bot.Telegram.Models;
using HealthAgent.Bot.Telegram.Requests;
using Microsoft.Extensions.Options;

namespace HealthAgent.Bot.Telegram;

/// <summary>
/// A small typed Bot API client with Telegram's method and field names. Messages to a chat pass the outbound rate
/// limiter; 429 answers are retried after <c>retry_after</c>; 403 becomes <see cref="TelegramChatBlockedException"/>.
/// </summary>
public sealed class TelegramBotClient(
    HttpClient http, IOptions<TelegramOptions> options, OutboundRateLimiter limiter, TimeProvider time, ILogger<TelegramBotClient> logger)
{
    /// <summary>The client name registered with <c>IHttpClientFactory</c>.</summary>
    public const string HttpClientName = "telegram";

    private static readonly TelegramJsonContext Json = TelegramJsonContext.Default;
    private readonly TelegramOptions _options = options.Value;

    public Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        CallAsync("getMe", null, Json.ApiResponseUser, cancellationToken)!;

    public async Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken) =>
        await CallAsync("getUpdates", JsonBody(request, Json.GetUpdatesRequest), Json.ApiResponseUpdateArray, cancellationToken) ?? [];

    public async Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken) =>
        Flag(await CallAsync("setWebhook", JsonBody(request, Json.SetWebhookRequest), Json.ApiResponseJsonElement, cancellationToken));

    public async Task<bool> DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken) =>
        Flag(await CallAsync("deleteWebhook", JsonBody(request, Json.DeleteWebhookRequest), Json.ApiResponseJsonElement, cancellationToken));

    public Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken cancellationToken) =>
        CallAsync("getWebhookInfo", null, Json.ApiResponseWebhookInfo, cancellationToken)!;

    public async Task<Message?> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken)
    {
        await limiter.WaitTurnAsync(request.ChatId, cancellationToken);
        return await CallAsync("sendMessage", JsonBody(request, Json.SendMessageRequest), Json.ApiResponseMessage, cancellationToken);
    }

    public async Task<Message?> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken)
    {
        await limiter.WaitTurnAsync(request.ChatId, cancellationToken);
        // The result is the edited message, or true for inline messages (and null from some emulators).
        return MessageOrNull(await CallAsync("editMessageText", JsonBody(request, Json.EditMessageTextRequest), Json.ApiResponseJsonElement, cancellationToken));
    }

    public async Task<Message?> EditMessageReplyMarkupAsync(EditMessageReplyMarkupRequest request, CancellationToken cancellationToken) =>
        MessageOrNull(await CallAsync("editMessageReplyMarkup", JsonBody(request, Json.EditMessageReplyMarkupRequest), Json.ApiResponseJsonElement, cancellationToken));

    public async Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken) =>
        Flag(await CallAsync("answerCallbackQuery", JsonBody(request, Json.AnswerCallbackQueryRequest), Json.ApiResponseJsonElement, cancellationToken));

    public async Task<bool> SendChatActionAsync(SendChatActionRequest request, CancellationToken cancellationToken) =>
        Flag(await CallAsync("sendChatAction", JsonBody(request, Json.SendChatActionRequest), Json.ApiResponseJsonElement, cancellationToken));

    public async Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken) =>
        Flag(await CallAsync("setMyCommands", JsonBody(request, Json.SetMyCommandsRequest), Json.ApiResponseJsonElement, cancellationToken));

    public Task<TelegramFile> GetFileAsync(GetFileRequest request, CancellationToken cancellationToken) =>
        CallAsync("getFile", JsonBody(request, Json.GetFileRequest), Json.ApiResponseTelegramFile, cancellationToken)!;

    /// <summary>Uploads a photo with <c>multipart/form-data</c>.</summary>
    public async Task<Message?> SendPhotoAsync(long chatId, InputFile photo, string? caption, InlineKeyboardMarkup? replyMarkup, CancellationToken cancellationToken)
    {
        await limiter.WaitTurnAsync(chatId, cancellationToken);
        return await CallAsync("sendPhoto", () => Multipart(chatId, "photo", photo, caption, replyMarkup), Json.ApiResponseMessage, cancellationToken);
    }

    /// <summary>Uploads a document (such as the user's export) with <c>multipart/form-data</c>.</summary>
    public async Task<Message?> SendDocumentAsync(long chatId, InputFile document, string? caption, CancellationToken cancellationToken)
    {
        await limiter.WaitTurnAsync(chatId, cancellationToken);
        return await CallAsync("sendDocument", () => Multipart(chatId, "document", document, caption, null), Json.ApiResponseMessage, cancellationToken);
    }

    /// <summary>Downloads a file whose <c>file_path</c> came from <see cref="GetFileAsync"/>.</summary>
    public async Task<byte[]> DownloadFileAsync(string filePath, CancellationToken cancellationToken)
    {
        using var response = await SendGuardedAsync(new HttpRequestMessage(HttpMethod.Get, $"./file/bot{Token()}/{filePath.TrimStart('/')}"), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new TelegramApiException("downloadFile", (int)response.StatusCode, response.ReasonPhrase ?? "download failed");
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private async Task<T?> CallAsync<T>(string method, Func<HttpContent>? content, JsonTypeInfo<ApiResponse<T>> responseType, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(method, content, responseType, cancellationToken);
            }
            catch (TelegramApiException ex) when (ex.ErrorCode == 429 && attempt < _options.MaxRateLimitRetries)
            {
                var wait = ex.RetryAfter ?? TimeSpan.FromSeconds(1);
                logger.LogWarning("Telegram {Method} hit flood control; retrying in {Seconds} s.", method, wait.TotalSeconds);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    // The breaker and timeouts of the "telegram" client surface as Polly exceptions; every caller already treats an
    // HttpRequestException as "Telegram is unavailable, keep the work and retry", so they become one.
    private async Task<HttpResponseMessage> SendGuardedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is BrokenCircuitException or TimeoutRejectedException)
        {
            throw new HttpRequestException($"Telegram is unavailable: {ex.Message}", ex);
        }
    }

    private async Task<T?> SendOnceAsync<T>(string method, Func<HttpContent>? content, JsonTypeInfo<ApiResponse<T>> responseType, CancellationToken cancellationToken)
    {
        // "./" keeps the colon of the token from being read as a URI scheme.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"./bot{Token()}/{method}") { Content = content?.Invoke() };
        using var response = await SendGuardedAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        ApiResponse<T>? envelope = null;
        try
        {
            envelope = JsonSerializer.Deserialize(body, responseType);
        }
        catch (JsonException)
        {
            // An answer without Telegram's envelope (a proxy, or an emulator's { "message": … }) is mapped below by status.
        }

        if (envelope is { Ok: true })
        {
            return envelope.Result;
        }

        var code = envelope?.ErrorCode ?? (int)response.StatusCode;
        var description = envelope?.Description ?? ErrorText(body, response);
        if (code == 403)
        {
            throw new TelegramChatBlockedException(method, description);
        }

        var retryAfter = envelope?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        throw new TelegramApiException(method, code, description, retryAfter);
    }

    private string Token() => _options.IsConfigured ? _options.BotToken!.Trim() : throw new TelegramNotConfiguredException();

    private static Func<HttpContent> JsonBody<TRequest>(TRequest request, JsonTypeInfo<TRequest> type) =>
        () => new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, type))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
        };

    private static MultipartFormDataContent Multipart(long chatId, string field, InputFile file, string? caption, InlineKeyboardMarkup? replyMarkup)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id" },
        };
        var part = new ByteArrayContent(file.Content);
        part.Headers.ContentType = new MediaTypeHeaderValue(file.MimeType);
        form.Add(part, field, file.FileName);
        if (caption is not null)
        {
            form.Add(new StringContent(caption), "caption");
            form.Add(new StringContent(TelegramText.Html), "parse_mode");
        }

        if (replyMarkup is not null)
        {
            form.Add(new StringContent(JsonSerializer.Serialize(replyMarkup, Json.InlineKeyboardMarkup)), "reply_markup");
        }

        return form;
    }

    // True results are documented; some servers answer null instead, which also means success.
    private static bool Flag(JsonElement result) => result.ValueKind != JsonValueKind.False;

    private static Message? MessageOrNull(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object ? result.Deserialize(Json.Message) : null;

    private static string ErrorText(string body, HttpResponseMessage response)
    {
        var text = body.Length > 300 ? body[..300] : body;
        return string.IsNullOrWhiteSpace(text) ? response.ReasonPhrase ?? "no description" : TokenRedaction.Redact(text);
    }
}
