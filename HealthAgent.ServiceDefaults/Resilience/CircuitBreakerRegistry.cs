using System.Collections.Concurrent;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// Holds one <see cref="CircuitBreaker"/> per client name for the life of the application, because
/// <c>IHttpClientFactory</c> recycles handler instances and their state would be lost with them.
/// </summary>
internal sealed class CircuitBreakerRegistry(TimeProvider timeProvider) : ICircuitBreakerStates
{
    private readonly ConcurrentDictionary<string, CircuitBreaker> _breakers = new(StringComparer.Ordinal);

    public CircuitBreaker GetOrAdd(string clientName, HttpResilienceOptions options) =>
        _breakers.GetOrAdd(clientName, _ => new CircuitBreaker(options.BreakerFailureThreshold, options.BreakDuration, timeProvider));

    public IReadOnlyDictionary<string, CircuitState> Snapshot() =>
        _breakers.ToDictionary(pair => pair.Key, pair => pair.Value.State, StringComparer.Ordinal);
}
