using OpenTelemetry.Metrics;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>
/// The metric reader behind <c>/metrics</c>. OpenTelemetry's Prometheus exporter is not available here, so this reader
/// collects on demand (cumulative temporality, the reader's default) and hands back the text its exporter rendered.
/// </summary>
public sealed class PrometheusScrapeReader : BaseExportingMetricReader
{
    private readonly PrometheusScrapeExporter _exporter;
    private readonly Lock _gate = new();

    /// <summary>Creates the reader with its own exporter.</summary>
    public PrometheusScrapeReader() : this(new PrometheusScrapeExporter())
    {
    }

    private PrometheusScrapeReader(PrometheusScrapeExporter exporter) : base(exporter) => _exporter = exporter;

    /// <summary>Collects every instrument now and returns the exposition; scrapes are serialised because a collection is not reentrant.</summary>
    /// <returns>The text, empty when the meter provider is not built yet or the collection timed out.</returns>
    public string Scrape(int timeoutMilliseconds = 5000)
    {
        lock (_gate)
        {
            return Collect(timeoutMilliseconds) ? _exporter.LastText : "";
        }
    }
}
