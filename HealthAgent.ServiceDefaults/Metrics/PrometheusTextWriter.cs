using System.Globalization;
using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>
/// Writes a batch of cumulative metrics in the Prometheus text format 0.0.4: one HELP and TYPE line per family,
/// counters as <c>_total</c>, histograms as cumulative <c>_bucket{le}</c> with <c>_sum</c> and <c>_count</c>.
/// </summary>
internal static class PrometheusTextWriter
{
    public static string Write(in Batch<Metric> batch)
    {
        var families = new Dictionary<string, Family>(StringComparer.Ordinal);
        foreach (var metric in batch)
        {
            var type = TypeOf(metric.MetricType);
            if (type is null)
            {
                continue;
            }
            var name = PrometheusNames.Metric(metric);
            if (!families.TryGetValue(name, out var family))
            {
                family = new Family(type, string.IsNullOrWhiteSpace(metric.Description) ? metric.Name : metric.Description);
                families[name] = family;
            }
            else if (family.Type != type)
            {
                // Two instruments that map to one name with different types cannot share a family; the first wins.
                continue;
            }
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                WritePoint(family, name, metric.MetricType, point);
            }
        }

        var text = new StringBuilder();
        foreach (var (name, family) in families.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (family.Samples.Length == 0)
            {
                continue;
            }
            text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(family.Help)).Append('\n');
            text.Append("# TYPE ").Append(name).Append(' ').Append(family.Type).Append('\n');
            text.Append(family.Samples);
        }
        return text.ToString();
    }

    private static string? TypeOf(MetricType type) => type switch
    {
        MetricType.LongSum or MetricType.DoubleSum => "counter",
        MetricType.LongGauge or MetricType.DoubleGauge or MetricType.LongSumNonMonotonic or MetricType.DoubleSumNonMonotonic => "gauge",
        MetricType.Histogram => "histogram",
        _ => null,
    };

    private static void WritePoint(Family family, string name, MetricType type, in MetricPoint point)
    {
        var labels = Labels(point);
        // The same series can come twice when several hosts in one process publish the same instrument; keep one.
        if (!family.Series.Add(labels))
        {
            return;
        }
        switch (type)
        {
            case MetricType.LongSum or MetricType.LongSumNonMonotonic:
                Sample(family.Samples, name, labels, null, Format(point.GetSumLong()));
                break;
            case MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic:
                Sample(family.Samples, name, labels, null, Format(point.GetSumDouble()));
                break;
            case MetricType.LongGauge:
                Sample(family.Samples, name, labels, null, Format(point.GetGaugeLastValueLong()));
                break;
            case MetricType.DoubleGauge:
                Sample(family.Samples, name, labels, null, Format(point.GetGaugeLastValueDouble()));
                break;
            case MetricType.Histogram:
                long cumulative = 0;
                var sawInfinity = false;
                foreach (var bucket in point.GetHistogramBuckets())
                {
                    cumulative += bucket.BucketCount;
                    sawInfinity |= double.IsPositiveInfinity(bucket.ExplicitBound);
                    Sample(family.Samples, name + "_bucket", labels, Format(bucket.ExplicitBound), Format(cumulative));
                }
                if (!sawInfinity)
                {
                    Sample(family.Samples, name + "_bucket", labels, "+Inf", Format(point.GetHistogramCount()));
                }
                Sample(family.Samples, name + "_sum", labels, null, Format(point.GetHistogramSum()));
                Sample(family.Samples, name + "_count", labels, null, Format(point.GetHistogramCount()));
                break;
        }
    }

    private static string Labels(in MetricPoint point)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            var value = tag.Value switch
            {
                null => "",
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            };
            labels[PrometheusNames.Label(tag.Key)] = value;
        }
        labels.Remove("le");
        return string.Join(",", labels.Select(l => $"{l.Key}=\"{EscapeLabel(l.Value)}\""));
    }

    private static void Sample(StringBuilder text, string name, string labels, string? le, string value)
    {
        text.Append(name);
        if (labels.Length > 0 || le is not null)
        {
            text.Append('{').Append(labels);
            if (le is not null)
            {
                text.Append(labels.Length > 0 ? "," : "").Append("le=\"").Append(le).Append('"');
            }
            text.Append('}');
        }
        text.Append(' ').Append(value).Append('\n');
    }

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string EscapeLabel(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string EscapeHelp(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private sealed class Family(string type, string help)
    {
        public string Type { get; } = type;
        public string Help { get; } = help;
        public StringBuilder Samples { get; } = new();
        public HashSet<string> Series { get; } = new(StringComparer.Ordinal);
    }
}
