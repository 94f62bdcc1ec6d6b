using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Registers dependency checks with the tags and timeout that the health endpoints expect.</summary>
public static class DependencyCheckRegistration
{
    /// <summary>
    /// Adds a dependency check. A <paramref name="critical"/> dependency that fails makes <c>/health/ready</c> answer 503;
    /// a non-critical one only makes the service <c>degraded</c>.
    /// </summary>
    public static IHealthChecksBuilder AddDependencyCheck(
        this IHealthChecksBuilder builder,
        string name,
        Func<IServiceProvider, TimeSpan, IHealthCheck> create,
        bool critical)
    {
        string[] tags = critical ? [HealthTags.Ready, HealthTags.Critical] : [HealthTags.Ready];
        return builder.Add(new HealthCheckRegistration(
            name,
            sp => create(sp, sp.GetRequiredService<IOptions<DependencyHealthOptions>>().Value.Timeout),
            HealthStatus.Unhealthy,
            tags));
    }
}
