using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>The words the health endpoints use for a state, and how a service's state follows from its dependencies'.</summary>
public static class DependencyStatus
{
    /// <summary>Working.</summary>
    public const string Ok = "ok";

    /// <summary>Working with less: a non-critical dependency is down, or a dependency reports itself degraded.</summary>
    public const string Degraded = "degraded";

    /// <summary>Not working.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>Turns a health check status into the endpoint's word.</summary>
    public static string From(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => Ok,
        HealthStatus.Degraded => Degraded,
        _ => Unavailable,
    };

    /// <summary>Builds the report: unavailable when a critical dependency is unavailable, degraded when anything else is not ok.</summary>
    public static DependencyReport ToReport(HealthReport report, string service)
    {
        var dependencies = report.Entries.ToDictionary(
            e => e.Key,
            e => new DependencyEntry(
                From(e.Value.Status),
                e.Value.Tags.Contains(HealthTags.Critical),
                Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                e.Value.Description ?? e.Value.Exception?.Message));
        var overall = dependencies.Values.Any(d => d.Critical && d.Status == Unavailable) ? Unavailable
            : dependencies.Values.Any(d => d.Status != Ok) ? Degraded
            : Ok;
        return new DependencyReport(overall, service, Math.Round(report.TotalDuration.TotalMilliseconds, 1), dependencies);
    }
}
