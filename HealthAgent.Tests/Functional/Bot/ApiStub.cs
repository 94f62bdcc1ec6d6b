using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>
/// A fake of the Api's conversation contract over real HTTP: users are created with a fixed id, messages are echoed,
/// <c>/start</c> answers with a button, a pressed button is acknowledged. <see cref="Down"/> makes it answer 503.
/// </summary>
public sealed class ApiStub : IAsyncDisposable
{
    public static readonly Guid UserId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");

    private readonly ConcurrentQueue<ApiCall> _calls = new();
    private KestrelStub? _server;

    public volatile bool Down;

    /// <summary>When above zero, that many message calls are answered 429 with Retry-After: 1 (a rate-limited user).</summary>
    public int RateLimitedMessages;

    public Uri BaseAddress => _server!.BaseAddress;

    public IReadOnlyList<ApiCall> Calls => [.. _calls];

    public static async Task<ApiStub> StartAsync()
    {
        var stub = new ApiStub();
        stub._server = await KestrelStub.StartAsync(app => app.Map("/{**path}", (Delegate)stub.HandleAsync));
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.Path.Value ?? "";
        _calls.Enqueue(new ApiCall(context.Request.Method, path, body, context.Request.Headers.Authorization.ToString()));
        if (path == "/health/live")
        {
            return Results.Ok();
        }

        if (Down)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (path.EndsWith("/messages", StringComparison.Ordinal) && Interlocked.Decrement(ref RateLimitedMessages) >= 0)
        {
            context.Response.Headers.RetryAfter = "1";
            return Results.Problem(title: "Too many requests", statusCode: StatusCodes.Status429TooManyRequests);
        }

        var json = body.Length > 0 ? JsonNode.Parse(body) : null;
        return path switch
        {
            "/api/v1/users" => Results.Json(new { id = UserId, timeZone = "UTC" }, statusCode: 201),
            _ when path.EndsWith("/commands", StringComparison.Ordinal) && json?["command"]?.GetValue<string>() == "start" =>
                Reply("Welcome, Ann! Which city are you in?", [[new { label = "Set goals", action = "goals:set" }]]),
            _ when path.EndsWith("/commands", StringComparison.Ordinal) => Reply($"command {json?["command"]}", []),
            _ when path.EndsWith("/actions", StringComparison.Ordinal) => Reply($"Done: {json?["action"]}", []),
            _ when path.EndsWith("/messages", StringComparison.Ordinal) => Reply($"You said: {json?["text"]}", []),
            _ when path.EndsWith("/export", StringComparison.Ordinal) => Results.Text("{\"user\":{}}", "application/json"),
            _ => Results.NoContent(),
        };
    }

    private static IResult Reply(string text, object[][] buttons) =>
        Results.Json(new Dictionary<string, object?>
        {
            ["reply"] = new { text, buttons, image = (object?)null },
            ["brain"] = "offline",
            ["status"] = "ok",
            ["unavailable_sources"] = Array.Empty<string>(),
        });
}
