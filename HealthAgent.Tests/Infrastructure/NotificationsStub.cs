using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// The Bot's <c>POST /internal/notifications</c> over real HTTP: checks the service key, records every call, and answers
/// "duplicate" for an idempotency key it has already sent, as the Bot does. <see cref="Respond"/> scripts failures.
/// </summary>
public sealed class NotificationsStub : IAsyncDisposable
{
    public const string ServiceKey = "test-service-key-0123456789abcdefghijklmnopqrstuvwxyz";
    private readonly ConcurrentDictionary<string, int> _sends = new();
    private long _nextMessageId;
    private KestrelStub _server = null!;

    /// <summary>Every accepted call's body, in arrival order.</summary>
    public ConcurrentQueue<JsonElement> Calls { get; } = new();

    /// <summary>Returns a status code to force (503, 410, 400…) for a call, or null to accept it.</summary>
    public Func<JsonElement, int?> Respond { get; set; } = _ => null;

    /// <summary>Calls per idempotency key.</summary>
    public IReadOnlyDictionary<string, int> Sends => _sends;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>Messages that reached Telegram: first sends of a key (later ones are answered duplicate).</summary>
    public int Delivered => _sends.Count;

    /// <summary>Calls that reached the stub with a valid key.</summary>
    public int CallCount => Calls.Count;

    public static async Task<NotificationsStub> StartAsync()
    {
        var stub = new NotificationsStub();
        stub._server = await KestrelStub.StartAsync(app => app.MapPost("/internal/notifications", (Delegate)stub.HandleAsync));
        return stub;
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization != $"Bearer {ServiceKey}")
        {
            return Results.Unauthorized();
        }
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        Calls.Enqueue(body);
        if (Respond(body) is { } status)
        {
            return Results.StatusCode(status);
        }
        var key = body.GetProperty("idempotencyKey").GetString()!;
        var count = _sends.AddOrUpdate(key, 1, (_, n) => n + 1);
        return Results.Ok(new { status = count == 1 ? "sent" : "duplicate", messageId = Interlocked.Increment(ref _nextMessageId) });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
