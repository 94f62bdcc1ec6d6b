using System.Collections.Concurrent;
using Polly.CircuitBreaker;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// Holds one <see cref="CircuitBreaker"/> per client name for the life of the application: a client's pipeline may be
/// rebuilt, but its breaker state must outlive it. A client appears once its pipeline has been built (its first request).
/// </summary>
internal sealed class CircuitBreakerRegistry(TimeProvider timeProvider) : ICircuitBreakerStates
{
    private readonly ConcurrentDictionary<string, CircuitBreaker> _breakers = new(StringComparer.Ordinal);

    public CircuitBreaker GetOrAdd(string clientName, HttpResilienceOptions options) =>
        _breakers.GetOrAdd(clientName, _ => new CircuitBreaker(options.BreakerFailureThreshold, options.BreakDuration, timeProvider));

    /// <summary>Forgets the client: its handler is switched off.</summary>
    public void Untrack(string clientName) => _breakers.TryRemove(clientName, out _);

    public IReadOnlyDictionary<string, CircuitState> Snapshot() =>
        _breakers.ToDictionary(pair => pair.Key, pair => pair.Value.State, StringComparer.Ordinal);
}
