using System.Diagnostics.Metrics;
using HealthAgent.ServiceDefaults.Resilience;
using Polly.CircuitBreaker;
using HealthAgent.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Hosting;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>The gauges every service exposes: dependency health (1 up, 0 down) and circuit breaker state (0 closed, 0.5 half-open, 1 open).</summary>
internal sealed class ServiceGauges(IMeterFactory meters, ICircuitBreakerStates breakers, DependencyHealthSnapshot health) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A meter from the host's factory, so each host's gauges observe that host's breakers and checks.
        var meter = meters.Create(HealthAgentTelemetry.Name);
        meter.CreateObservableGauge("healthagent.dependency.up", ObserveHealth,
            description: "Whether each dependency answered its last health check (1 up, 0 down)");
        meter.CreateObservableGauge("healthagent.circuit_breaker.state", ObserveBreakers,
            description: "Circuit breaker state per HTTP client (0 closed, 0.5 half-open, 1 open)");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<int>> ObserveHealth() =>
        health.Current.Select(d => new Measurement<int>(d.Value ? 1 : 0, new KeyValuePair<string, object?>("dependency", d.Key)));

    private IEnumerable<Measurement<double>> ObserveBreakers() =>
        breakers.Snapshot().Select(b => new Measurement<double>(
            b.Value switch { CircuitState.Open or CircuitState.Isolated => 1.0, CircuitState.HalfOpen => 0.5, _ => 0.0 },
            new KeyValuePair<string, object?>("client", b.Key)));
}
