using System.Collections.Concurrent;
using Polly.CircuitBreaker;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// Keeps the state provider of each client's Polly circuit breaker, so health checks and gauges can read the breaker that
/// Microsoft.Extensions.Http.Resilience built. A client appears once its pipeline has been built (its first client).
/// </summary>
internal sealed class CircuitBreakerRegistry : ICircuitBreakerStates
{
    private readonly ConcurrentDictionary<string, CircuitBreakerStateProvider> _providers = new(StringComparer.Ordinal);

    /// <summary>A new provider for <paramref name="clientName"/>'s breaker; a rebuilt pipeline (options reloaded) replaces the old one.</summary>
    public CircuitBreakerStateProvider Track(string clientName) => _providers[clientName] = new CircuitBreakerStateProvider();

    /// <summary>Forgets the client: its handler is switched off.</summary>
    public void Untrack(string clientName) => _providers.TryRemove(clientName, out _);

    public IReadOnlyDictionary<string, CircuitState> Snapshot() =>
        _providers.ToDictionary(pair => pair.Key, pair => pair.Value.CircuitState, StringComparer.Ordinal);
}
