using System.Collections.Concurrent;
using System.Text.Json;

namespace HealthAgent.Bench.Reminders;

/// <summary>The Bot's notifications endpoint on loopback: checks the key, counts calls and distinct idempotency keys.</summary>
internal sealed class NotificationsStub : IAsyncDisposable
{
    public const string ServiceKey = "bench-service-key-0123456789abcdefghijklmnopqrstuvwxyz";
    private readonly ConcurrentDictionary<string, byte> _keys = new();
    private WebApplication _app = null!;
    private long _calls;

    public Uri BaseAddress { get; private set; } = null!;

    public long Calls => Interlocked.Read(ref _calls);

    public int DistinctKeys => _keys.Count;

    public static async Task<NotificationsStub> StartAsync()
    {
        var stub = new NotificationsStub();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        stub._app = builder.Build();
        stub._app.MapPost("/internal/notifications", (Delegate)stub.HandleAsync);
        await stub._app.StartAsync();
        stub.BaseAddress = new Uri(stub._app.Urls.Single() + "/");
        return stub;
    }

    public void Reset()
    {
        _keys.Clear();
        Interlocked.Exchange(ref _calls, 0);
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization != $"Bearer {ServiceKey}")
        {
            return Results.Unauthorized();
        }
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        Interlocked.Increment(ref _calls);
        var fresh = _keys.TryAdd(body.GetProperty("idempotencyKey").GetString()!, 0);
        return Results.Ok(new { status = fresh ? "sent" : "duplicate", messageId = 1 });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
