using System.Diagnostics.Metrics;
using HealthAgent.ServiceDefaults.Metrics;
using HealthAgent.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace HealthAgent.Tests.Unit.Metrics;

public sealed class PrometheusScrapeReaderTests
{
    private static (Meter Meter, PrometheusScrapeReader Reader, MeterProvider Provider) Create()
    {
        var meter = new Meter($"scrape.test.{Guid.NewGuid():N}");
        var reader = new PrometheusScrapeReader();
        var provider = Sdk.CreateMeterProviderBuilder().AddMeter(meter.Name).AddReader(reader).Build();
        return (meter, reader, provider);
    }

    [Fact]
    public async Task Scrape_CounterHistogramAndGauge_WritesValidTextFormat()
    {
        var (meter, reader, provider) = Create();
        using var _ = provider;
        using var __ = meter;
        var counter = meter.CreateCounter<long>("test.widgets.made", "{widget}", "Widgets made");
        var histogram = meter.CreateHistogram<double>("test.widget.duration", "s", "How long a widget takes");
        meter.CreateObservableGauge("test.widget.temperature", () => 21.5, description: "Line temperature");
        counter.Add(2, new KeyValuePair<string, object?>("colour", "red"));
        counter.Add(3, new KeyValuePair<string, object?>("colour", "blue"));
        histogram.Record(3);
        histogram.Record(7);

        var text = reader.Scrape();

        text.Should().Contain("# HELP test_widgets_made_total Widgets made\n# TYPE test_widgets_made_total counter\n")
            .And.Contain("test_widgets_made_total{colour=\"red\"} 2\n")
            .And.Contain("test_widgets_made_total{colour=\"blue\"} 3\n")
            .And.Contain("# TYPE test_widget_duration_seconds histogram\n")
            .And.Contain("test_widget_duration_seconds_bucket{le=\"5\"} 1\n")
            .And.Contain("test_widget_duration_seconds_bucket{le=\"+Inf\"} 2\n")
            .And.Contain("test_widget_duration_seconds_sum 10\n")
            .And.Contain("test_widget_duration_seconds_count 2\n")
            .And.Contain("# TYPE test_widget_temperature gauge\ntest_widget_temperature 21.5\n");
        await Promtool.CheckMetricsAsync(text);
    }

    [Fact]
    public async Task Scrape_LabelValuesWithQuotesBackslashesAndNewlines_AreEscaped()
    {
        var (meter, reader, provider) = Create();
        using var _ = provider;
        using var __ = meter;
        var counter = meter.CreateCounter<long>("test.odd-name/with.dots", description: "Odd\nhelp \\ text");
        counter.Add(1, new KeyValuePair<string, object?>("path", "a \"quoted\" \\ value\nnext"),
            new KeyValuePair<string, object?>("http.method", "GET"));

        var text = reader.Scrape();

        text.Should().Contain("# HELP test_odd_name_with_dots_total Odd\\nhelp \\\\ text\n")
            .And.Contain("test_odd_name_with_dots_total{http_method=\"GET\",path=\"a \\\"quoted\\\" \\\\ value\\nnext\"} 1\n");
        await Promtool.CheckMetricsAsync(text);
    }

    [Fact]
    public void Scrape_UpDownCounter_IsAGaugeWithoutTotal()
    {
        var (meter, reader, provider) = Create();
        using var _ = provider;
        using var __ = meter;
        meter.CreateUpDownCounter<int>("test.queue.length", "{item}", "Items queued").Add(4);

        reader.Scrape().Should().Contain("# TYPE test_queue_length gauge\ntest_queue_length 4\n");
    }
}
