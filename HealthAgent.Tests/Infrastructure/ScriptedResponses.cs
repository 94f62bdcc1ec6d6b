using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// A request handler for <see cref="KestrelStub"/> that answers with a script of steps, one per call, repeating the last
/// step once the script is used up, and records when each call arrived.
/// </summary>
public sealed class ScriptedResponses
{
    private readonly List<RequestDelegate> _steps = [];
    private readonly ConcurrentQueue<TimeSpan> _callTimes = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _calls;

    /// <summary>How many requests have arrived.</summary>
    public int CallCount => Volatile.Read(ref _calls);

    /// <summary>When each request arrived, measured on a monotonic clock from the creation of the script.</summary>
    public IReadOnlyList<TimeSpan> CallTimes => [.. _callTimes];

    /// <summary>Adds a step that answers with <paramref name="status"/>, after <paramref name="configure"/> has set headers or body.</summary>
    public ScriptedResponses Then(HttpStatusCode status, Action<HttpResponse>? configure = null) =>
        Then(context =>
        {
            context.Response.StatusCode = (int)status;
            configure?.Invoke(context.Response);
            return Task.CompletedTask;
        });

    /// <summary>Adds a step that waits <paramref name="delay"/> (or until the client gives up) before answering with <paramref name="status"/>.</summary>
    public ScriptedResponses ThenDelay(TimeSpan delay, HttpStatusCode status = HttpStatusCode.OK) =>
        Then(async context =>
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            context.Response.StatusCode = (int)status;
        });

    /// <summary>Adds a step that handles the request in any way it likes.</summary>
    public ScriptedResponses Then(RequestDelegate step)
    {
        lock (_steps)
        {
            _steps.Add(step);
        }

        return this;
    }

    /// <summary>Handles one request with the next step of the script; map it with <c>app.Map("/{**path}", script.HandleAsync)</c>.</summary>
    public Task HandleAsync(HttpContext context)
    {
        _callTimes.Enqueue(_clock.Elapsed);
        var index = Interlocked.Increment(ref _calls) - 1;
        RequestDelegate step;
        lock (_steps)
        {
            if (_steps.Count == 0)
            {
                throw new InvalidOperationException("The script has no steps.");
            }

            step = _steps[Math.Min(index, _steps.Count - 1)];
        }

        return step(context);
    }
}
