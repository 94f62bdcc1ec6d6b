namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>The state of a client's circuit breaker.</summary>
public enum CircuitState
{
    /// <summary>Calls flow; consecutive failures are being counted.</summary>
    Closed,

    /// <summary>The break is over; one trial call decides whether the circuit closes or opens again.</summary>
    HalfOpen,

    /// <summary>Calls fail fast without reaching the remote service.</summary>
    Open,
}
