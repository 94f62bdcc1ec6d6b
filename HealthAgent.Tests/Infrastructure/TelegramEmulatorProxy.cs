using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// Stands between the Bot and the <c>telegram-test-api</c> emulator and corrects the two places where the emulator's
/// answers differ from the Bot API in a way Telegram.Bot cannot read. Only the test side is adjusted; the Bot runs its
/// production code against what the real Bot API would answer.
/// <list type="bullet">
/// <item>The emulator dates the messages the bot sends with JavaScript's <c>Date.getTime()</c>, milliseconds since 1970;
/// the Bot API's <c>date</c> is in seconds. Telegram.Bot's Unix-date converter turns such a value into a date beyond
/// <c>DateTime.MaxValue</c> and throws (ArgumentOutOfRangeException while deserialising), so a message the emulator
/// accepted would look failed to the Bot. Every <c>date</c> too large to be seconds is divided by 1000.</item>
/// <item>It answers <c>result: null</c> where the Bot API returns a result (the edited message for <c>editMessageText</c>,
/// <c>True</c> for <c>answerCallbackQuery</c> and <c>setWebhook</c>); Telegram.Bot reads a missing result as a failure.</item>
/// </list>
/// Everything else passes through unchanged, the emulator's errors for the methods it lacks included.
/// </summary>
public sealed class TelegramEmulatorProxy : IAsyncDisposable
{
    // Seconds since 1970 stay below this until the year 5138; milliseconds have been above it since 1973.
    private const long LargestSeconds = 100_000_000_000;

    private readonly HttpClient _emulator;
    private KestrelStub? _server;

    private TelegramEmulatorProxy(Uri emulator) => _emulator = new HttpClient { BaseAddress = emulator, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Where the Bot reaches the emulator through the proxy.</summary>
    public Uri BaseAddress => _server!.BaseAddress;

    public static async Task<TelegramEmulatorProxy> StartAsync(Uri emulator)
    {
        var proxy = new TelegramEmulatorProxy(emulator);
        proxy._server = await KestrelStub.StartAsync(app => app.Map("/{**path}", proxy.ForwardAsync));
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _emulator.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method),
            // "./" keeps the colon of the token in "bot<token>/…" from being read as a URI scheme.
            "." + context.Request.Path.Value + context.Request.QueryString);
        if (context.Request.ContentType is { } contentType)
        {
            request.Content = new ByteArrayContent(body.ToArray()) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } };
        }

        using var response = await _emulator.SendAsync(request, context.RequestAborted);
        var answer = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        if (response.Content.Headers.ContentType?.MediaType == "application/json" && JsonNode.Parse(answer) is JsonObject json)
        {
            Conform(json, MethodOf(context.Request.Path.Value!), body.ToArray());
            answer = System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
        }

        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await context.Response.Body.WriteAsync(answer, context.RequestAborted);
    }

    private static void Conform(JsonObject answer, string method, byte[] request)
    {
        DatesInSeconds(answer);
        if (answer["ok"]?.GetValue<bool>() == true && answer.ContainsKey("result") && answer["result"] is null)
        {
            answer["result"] = method.StartsWith("editMessage", StringComparison.Ordinal) ? EditedMessage(request) : JsonValue.Create(true);
        }
    }

    private static void DatesInSeconds(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject json:
                if (json["date"] is JsonValue date && date.TryGetValue<long>(out var value) && value > LargestSeconds)
                {
                    json["date"] = value / 1000;
                }

                foreach (var (_, child) in json.ToList())
                {
                    DatesInSeconds(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    DatesInSeconds(child);
                }

                break;
        }
    }

    // The Bot API returns the edited message; the emulator applied the edit but returns nothing.
    private static JsonObject EditedMessage(byte[] request)
    {
        var edit = request.Length > 0 ? JsonNode.Parse(request) : null;
        return new JsonObject
        {
            ["message_id"] = edit?["message_id"]?.DeepClone(),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = edit?["chat_id"]?.DeepClone(), ["type"] = "private" },
            ["text"] = edit?["text"]?.DeepClone(),
        };
    }

    // "/bot<token>/<method>" → "<method>"; the client routes of the emulator have no method to conform.
    private static string MethodOf(string path) => path.StartsWith("/bot", StringComparison.Ordinal) ? path[(path.LastIndexOf('/') + 1)..] : "";
}
