using HealthAgent.ServiceDefaults.Logging;
using Sentry;

namespace HealthAgent.ServiceDefaults.ErrorTracking;

/// <summary>
/// Cuts an error event down to what may leave the service. Kept: exception types and modules, stack frames, the
/// mechanism, the logger category and level, the route template (transaction), the contexts the SDK collects about the
/// runtime, our tags (<see cref="ErrorEventFilter"/>) and the request method with a few harmless headers. Dropped:
/// every message (event, exception, breadcrumb) because it can quote what a user wrote, which no redactor recognises;
/// request URL, query, body and cookies; every other header (Authorization, API keys, Telegram's secret token); tags
/// and extras the SDK took from log state. What is kept still passes <see cref="LogRedactor"/>.
/// </summary>
internal static class ErrorEventScrubber
{
    /// <summary>Request headers that carry neither credentials nor user content.</summary>
    public static readonly IReadOnlySet<string> AllowedHeaders = new HashSet<string>(
        ["Accept", "Content-Type", "Content-Length", "User-Agent", "X-Request-Id", "traceparent"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Tags the SDK sets from code-defined values (the log event id); ours are set after scrubbing.</summary>
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(["eventId"], StringComparer.Ordinal);

    public static void Scrub(SentryEvent @event)
    {
        @event.Message = null;
        foreach (var exception in @event.SentryExceptions ?? [])
        {
            exception.Value = null;
            if (exception.Mechanism is { } mechanism)
            {
                mechanism.Description = null;
                mechanism.Data.Clear();
            }
            foreach (var frame in exception.Stacktrace?.Frames ?? [])
            {
                frame.ContextLine = null;
            }
        }
        foreach (var key in @event.Tags.Keys.ToList())
        {
            if (AllowedTags.Contains(key))
            {
                @event.SetTag(key, LogRedactor.Redact(@event.Tags[key]));
            }
            else
            {
                @event.UnsetTag(key);
            }
        }
        foreach (var key in @event.Extra.Keys.ToList())
        {
            // The SDK has no way to remove an extra; an empty value keeps nothing of it.
            @event.SetExtra(key, null);
        }
        if (@event.TransactionName is { } transaction)
        {
            // A route template is code, but a configured path (a webhook URL) may embed a bot token.
            @event.TransactionName = LogRedactor.Redact(transaction);
        }
        ScrubRequest(@event.Request);
        @event.User = new SentryUser();
    }

    private static void ScrubRequest(SentryRequest request)
    {
        request.Url = null;
        request.QueryString = null;
        request.Data = null;
        request.Cookies = null;
        request.Other.Clear();
        foreach (var name in request.Headers.Keys.ToList())
        {
            if (AllowedHeaders.Contains(name))
            {
                request.Headers[name] = LogRedactor.Redact(request.Headers[name]);
            }
            else
            {
                request.Headers.Remove(name);
            }
        }
    }
}
