using System.Diagnostics;
using HealthAgent.ServiceDefaults.Logging;
using Microsoft.AspNetCore.Http;
using Sentry;

namespace HealthAgent.ServiceDefaults.ErrorTracking;

/// <summary>
/// The last step before an error event is sent (Sentry's <c>BeforeSend</c>): drops cancellations that only mean the
/// caller went away, samples by <see cref="ErrorTrackingOptions.SampleRate"/>, scrubs the
/// event (<see cref="ErrorEventScrubber"/>) and tags it with the W3C trace id, the request id and the user id that our
/// log lines carry, so an event leads straight to its logs and trace. Every decision is counted
/// (<see cref="ErrorTrackingMetrics"/>).
/// </summary>
/// <param name="httpContexts">The current request, when the event happened in one.</param>
/// <param name="sampleRate">The share of events sent (<see cref="ErrorTrackingOptions.SampleRate"/>).</param>
/// <param name="nextSample">A uniform draw in [0, 1); injected so that tests decide what sampling keeps.</param>
internal sealed class ErrorEventFilter(
    IHttpContextAccessor httpContexts, double sampleRate, Func<double> nextSample)
{
    public const string TraceIdTag = "trace_id";

    public const string RequestIdTag = "request_id";

    public const string UserIdTag = "user_id";

    public SentryEvent? BeforeSend(SentryEvent @event, SentryHint hint)
    {
        var context = httpContexts.HttpContext;
        if (IsCallerCancellation(@event.Exception, context) || nextSample() >= sampleRate)
        {
            ErrorTrackingMetrics.Record(ErrorTrackingMetrics.Dropped);
            return null;
        }
        ErrorEventScrubber.Scrub(@event);
        Tag(@event, context);
        ErrorTrackingMetrics.Record(ErrorTrackingMetrics.Sent);
        return @event;
    }

    private static bool IsCallerCancellation(Exception? exception, HttpContext? context) =>
        exception is OperationCanceledException && context?.RequestAborted.IsCancellationRequested == true;

    private static void Tag(SentryEvent @event, HttpContext? context)
    {
        if (Activity.Current is { } activity)
        {
            @event.SetTag(TraceIdTag, activity.TraceId.ToHexString());
        }
        if (context is null)
        {
            return;
        }
        // The id RequestContextMiddleware gave the request: the caller's X-Request-Id or a new one, as in the logs.
        @event.SetTag(RequestIdTag, LogRedactor.Redact(context.TraceIdentifier));
        if (RequestLogScope.UserIdOf(context) is { Length: > 0 } userId)
        {
            @event.SetTag(UserIdTag, LogRedactor.Redact(userId));
            @event.User = new SentryUser { Id = userId };
        }
    }
}
