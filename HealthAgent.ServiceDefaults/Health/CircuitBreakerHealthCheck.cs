using HealthAgent.ServiceDefaults.Resilience;
using Polly.CircuitBreaker;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Reports one HTTP client's circuit breaker: closed is healthy, half-open and open are degraded (calls fail fast).</summary>
public sealed class CircuitBreakerHealthCheck(ICircuitBreakerStates states, string clientName) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(states.Snapshot().GetValueOrDefault(clientName, CircuitState.Closed) switch
        {
            CircuitState.Open or CircuitState.Isolated => HealthCheckResult.Degraded($"Circuit of '{clientName}' is open: calls fail fast until the break ends; fallbacks answer meanwhile."),
            CircuitState.HalfOpen => HealthCheckResult.Degraded($"Circuit of '{clientName}' is half-open: one trial call decides whether it closes."),
            _ => HealthCheckResult.Healthy($"Circuit of '{clientName}' is closed."),
        });
}
