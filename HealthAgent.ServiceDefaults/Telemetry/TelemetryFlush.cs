using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace HealthAgent.ServiceDefaults.Telemetry;

/// <summary>
/// Flushes spans and metrics when the host stops, while the HTTP clients the OTLP exporter uses still exist; the
/// providers' own flush comes later, at disposal, when those clients may already be gone.
/// </summary>
internal sealed class TelemetryFlush(IServiceProvider services) : IHostedService
{
    private const int FlushTimeoutMs = 2000;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        services.GetService<TracerProvider>()?.ForceFlush(FlushTimeoutMs);
        services.GetService<MeterProvider>()?.ForceFlush(FlushTimeoutMs);
        return Task.CompletedTask;
    }
}
