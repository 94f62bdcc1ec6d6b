using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>
/// Receives the periodic health report and keeps the last status of each dependency for the
/// <c>healthagent_dependency_up</c> gauge; a scrape reads it instead of probing, so scrapes stay fast.
/// </summary>
internal sealed class DependencyHealthSnapshot : IHealthCheckPublisher
{
    private readonly ConcurrentDictionary<string, bool> _up = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, bool> Current => _up;

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        foreach (var (name, entry) in report.Entries)
        {
            // Degraded still answers; only an unhealthy dependency counts as down.
            _up[name] = entry.Status != HealthStatus.Unhealthy;
        }
        return Task.CompletedTask;
    }
}
