using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>
/// A fake Bot API server over real HTTP: records every call, hands out queued updates through <c>getUpdates</c>, and
/// answers like Telegram unless <see cref="Override"/> answers first.
/// </summary>
public sealed class TelegramStub : IAsyncDisposable
{
    public const string Token = "123456:TEST-secret_token";

    private readonly ConcurrentQueue<TelegramCall> _calls = new();
    private readonly ConcurrentQueue<JsonObject> _updates = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private KestrelStub? _server;
    private int _nextMessageId = 100;

    /// <summary>Answers a call instead of the default (return null to fall through); arguments are the method and the raw body.</summary>
    public Func<string, string, IResult?>? Override { get; set; }

    public Uri BaseAddress => _server!.BaseAddress;

    public IReadOnlyList<TelegramCall> Calls => [.. _calls];

    public IReadOnlyList<TelegramCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    public static async Task<TelegramStub> StartAsync()
    {
        var stub = new TelegramStub();
        stub._server = await KestrelStub.StartAsync(app =>
        {
            app.MapPost("/bot{token}/{method}", stub.HandleAsync);
            app.MapGet("/file/bot{token}/{**path}", (string token) =>
                token == Token ? Results.Bytes("PHOTO-BYTES"u8.ToArray(), "image/jpeg") : Results.NotFound());
        });
        return stub;
    }

    /// <summary>Queues an update for the next <c>getUpdates</c>.</summary>
    public void Enqueue(JsonObject update) => _updates.Enqueue(update);

    public static JsonObject TextUpdate(int updateId, long chatId, string text, int messageId = 1) => new()
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = 1_700_000_000,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Ann" },
            ["text"] = text,
        },
    };

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        _calls.Enqueue(new TelegramCall(method, body, request.ContentType, _clock.Elapsed));
        if (token != Token)
        {
            return Results.Json(new { ok = false, error_code = 401, description = "Unauthorized" }, statusCode: 401);
        }

        if (Override?.Invoke(method, body) is { } answer)
        {
            return answer;
        }

        return method switch
        {
            "getMe" => Ok(new JsonObject { ["id"] = 42, ["is_bot"] = true, ["first_name"] = "Health", ["username"] = "health_bot" }),
            "getUpdates" => Ok(new JsonArray([.. Drain()])),
            "sendMessage" or "sendPhoto" or "sendDocument" or "editMessageText" => Ok(SentMessage(body, request.ContentType)),
            "getFile" => Ok(new JsonObject { ["file_id"] = "f1", ["file_path"] = "photos/file_1.jpg" }),
            "getWebhookInfo" => Ok(new JsonObject { ["url"] = "", ["pending_update_count"] = 0 }),
            _ => Ok(JsonValue.Create(true)),
        };
    }

    private IEnumerable<JsonNode> Drain()
    {
        while (_updates.TryDequeue(out var update))
        {
            yield return update;
        }
    }

    private JsonObject SentMessage(string body, string? contentType)
    {
        long chatId = 1;
        if (contentType?.StartsWith("application/json", StringComparison.Ordinal) == true
            && JsonNode.Parse(body)?["chat_id"] is { } id)
        {
            chatId = id.GetValue<long>();
        }

        return new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = 1_700_000_000,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
        };
    }

    private static IResult Ok(JsonNode? result) =>
        Results.Text(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    /// <summary>A Bot API error envelope.</summary>
    public static IResult Error(int code, string description, int? retryAfter = null) => Results.Text(
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["ok"] = false, ["error_code"] = code, ["description"] = description,
            ["parameters"] = retryAfter is { } seconds ? new Dictionary<string, int> { ["retry_after"] = seconds } : null,
        }), "application/json", statusCode: code);
}
