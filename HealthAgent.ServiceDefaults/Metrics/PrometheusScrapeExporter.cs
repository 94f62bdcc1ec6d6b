using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>
/// Renders each collected batch as Prometheus text and keeps it for the scrape that asked. It declares no export mode:
/// the SDK refuses a plain <c>Collect</c> on pull-only exporters unless they implement its internal pull protocol.
/// </summary>
internal sealed class PrometheusScrapeExporter : BaseExporter<Metric>
{
    public string LastText { get; private set; } = "";

    public override ExportResult Export(in Batch<Metric> batch)
    {
        LastText = PrometheusTextWriter.Write(batch);
        return ExportResult.Success;
    }
}
