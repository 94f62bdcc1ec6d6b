using Polly.CircuitBreaker;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>A read-only view of the circuit breakers of all HTTP clients, for health checks and metrics.</summary>
public interface ICircuitBreakerStates
{
    /// <summary>The current state of each client's breaker, keyed by client name; a client appears once it has been created.</summary>
    /// <returns>A point-in-time copy that does not change afterwards.</returns>
    IReadOnlyDictionary<string, CircuitState> Snapshot();
}
