using System.Text;
using OpenTelemetry.Metrics;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>Turns OpenTelemetry instrument and tag names into Prometheus metric and label names, as OpenTelemetry's Prometheus compatibility rules say.</summary>
internal static class PrometheusNames
{
    private static readonly string[] ReservedSuffixes = ["_count", "_sum", "_bucket"];

    /// <summary>The family name: sanitised, with the unit's base-unit suffix, and <c>_total</c> for counters.</summary>
    public static string Metric(Metric metric)
    {
        var name = Sanitize(metric.Name, allowColon: true);
        var unit = UnitSuffix(metric.Unit);
        if (name.EndsWith("_total", StringComparison.Ordinal))
        {
            name = name[..^"_total".Length];
        }
        if (unit.Length > 0 && !name.EndsWith("_" + unit, StringComparison.Ordinal))
        {
            name += "_" + unit;
        }
        if (metric.MetricType is MetricType.LongSum or MetricType.DoubleSum)
        {
            return name + "_total";
        }
        // _count, _sum and _bucket belong to histograms; a gauge such as dotnet.process.cpu.count must not look like one.
        return ReservedSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)) ? name + "_value" : name;
    }

    /// <summary>A label name: letters, digits and underscores, not starting with a digit or with the reserved <c>__</c>.</summary>
    public static string Label(string key)
    {
        var name = Sanitize(key, allowColon: false);
        return name.StartsWith("__", StringComparison.Ordinal) ? name.TrimStart('_') is { Length: > 0 } t ? t : "_" : name;
    }

    private static string UnitSuffix(string? unit) => unit switch
    {
        "s" => "seconds",
        "ms" => "milliseconds",
        "By" => "bytes",
        "1" or null or "" => "",
        // Annotations such as {request} name what is counted, not a unit.
        _ when unit.StartsWith('{') => "",
        _ => Sanitize(unit, allowColon: false).Trim('_'),
    };

    private static string Sanitize(string text, bool allowColon)
    {
        var builder = new StringBuilder(text.Length + 1);
        foreach (var c in text)
        {
            var valid = char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
            var next = valid ? char.ToLowerInvariant(c) : '_';
            // Runs of replaced characters become one underscore, so http.server..x stays readable.
            if (next == '_' && builder.Length > 0 && builder[^1] == '_')
            {
                continue;
            }
            builder.Append(next);
        }
        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }
        return builder.ToString();
    }
}
