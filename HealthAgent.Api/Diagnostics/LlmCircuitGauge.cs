using System.Diagnostics.Metrics;
using HealthAgent.Agent.Llm;
using HealthAgent.ServiceDefaults.Resilience;
using HealthAgent.ServiceDefaults.Telemetry;
using Polly.CircuitBreaker;

namespace HealthAgent.Api.Diagnostics;

/// <summary>
/// Exports the LLM client's circuit state as <c>healthagent.llm.circuit.state</c> (0 closed, 1 half-open, 2 open), so a
/// dashboard shows when the offline brain is answering because the LLM is failing. The meter comes from the host's
/// <see cref="IMeterFactory"/>, so each host (and each test host) owns and disposes its own instrument.
/// </summary>
public sealed class LlmCircuitGauge : IHostedService
{
    private readonly Meter _meter;

    public LlmCircuitGauge(IMeterFactory meters, ICircuitBreakerStates states)
    {
        _meter = meters.Create(HealthAgentTelemetry.Name);
        _meter.CreateObservableGauge("healthagent.llm.circuit.state",
            () => states.Snapshot().GetValueOrDefault(LlmOptions.HttpClientName, CircuitState.Closed) switch
            {
                CircuitState.Closed => 0,
                CircuitState.HalfOpen => 1,
                _ => 2,
            },
            description: "State of the LLM circuit breaker: 0 closed, 1 half-open, 2 open.");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
