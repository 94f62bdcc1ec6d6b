using System.Diagnostics.Metrics;
using HealthAgent.ServiceDefaults.Telemetry;

namespace HealthAgent.ServiceDefaults.ErrorTracking;

/// <summary>
/// Counts the error events that reached the last filter before Sentry: Prometheus shows
/// <c>healthagent_error_events_total{outcome}</c>, with <c>outcome</c> <c>sent</c> (handed to the SDK's transport) or
/// <c>dropped</c> (sampled out, or a cancellation nobody needs to see). The dashboard and the alerts query this name.
/// </summary>
internal static class ErrorTrackingMetrics
{
    public const string Sent = "sent";

    public const string Dropped = "dropped";

    public static readonly Counter<long> Events = HealthAgentTelemetry.Meter.CreateCounter<long>(
        "healthagent.error_events", "{event}", "Error events by what the filter before Sentry did with them (sent, dropped)");

    public static void Record(string outcome) => Events.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
