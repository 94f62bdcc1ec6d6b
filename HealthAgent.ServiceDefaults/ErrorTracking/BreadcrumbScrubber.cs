using Sentry;

namespace HealthAgent.ServiceDefaults.ErrorTracking;

/// <summary>
/// Breadcrumbs (the log lines before an error) keep their time, category, type and level, and lose their message and
/// data: a log line's text can quote what a user wrote. The log event id, which code defines, is kept.
/// </summary>
internal static class BreadcrumbScrubber
{
    private const string EventIdKey = "eventId";

    public static Breadcrumb Scrub(Breadcrumb breadcrumb)
    {
        var data = breadcrumb.Data is { } all && all.TryGetValue(EventIdKey, out var eventId)
            ? new Dictionary<string, string> { [EventIdKey] = eventId }
            : null;
        return new Breadcrumb("", breadcrumb.Type ?? "default", data, breadcrumb.Category, breadcrumb.Level);
    }
}
