using HealthAgent.ServiceDefaults.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Shows an HTTP client's circuit breaker on <c>/health/deps</c> as <c>{client}-circuit</c>.</summary>
public static class CircuitBreakerHealthExtensions
{
    /// <summary>
    /// Adds the breaker of this client to the full health report. It is not a readiness check: an open breaker means a
    /// fallback answers, not that the service cannot serve.
    /// </summary>
    public static IHttpClientBuilder AddCircuitBreakerHealthCheck(this IHttpClientBuilder builder)
    {
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration($"{builder.Name}-circuit",
            sp => new CircuitBreakerHealthCheck(sp.GetRequiredService<ICircuitBreakerStates>(), builder.Name), HealthStatus.Degraded, []));
        return builder;
    }
}
