using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace HealthAgent.ServiceDefaults.Telemetry;

/// <summary>
/// Keeps instrument names within Prometheus' conventions, which <c>promtool check metrics</c> enforces: <c>_count</c> is the
/// histogram suffix, so a gauge such as <c>dotnet.process.cpu.count</c> is exported as <c>dotnet_process_cpu_count_value</c>.
/// </summary>
internal static class PrometheusNaming
{
    public static MeterProviderBuilder AddPrometheusSafeNames(this MeterProviderBuilder metrics) =>
        metrics.AddView(instrument => NeedsRename(instrument)
            ? new MetricStreamConfiguration { Name = instrument.Name + ".value" }
            : null);

    private static bool NeedsRename(Instrument instrument) =>
        instrument.Name.EndsWith(".count", StringComparison.Ordinal)
        && !IsOf(instrument, typeof(Histogram<>))
        // Monotonic counters get _total, which is fine.
        && !IsOf(instrument, typeof(Counter<>)) && !IsOf(instrument, typeof(ObservableCounter<>));

    private static bool IsOf(Instrument instrument, Type generic) =>
        instrument.GetType().IsGenericType && instrument.GetType().GetGenericTypeDefinition() == generic;
}
