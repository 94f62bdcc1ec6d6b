using System.ComponentModel.DataAnnotations;

namespace HealthAgent.ServiceDefaults.Telemetry;

/// <summary>Tracing settings, bound from the <c>Telemetry</c> section; export follows the standard <c>OTEL_*</c> variables.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Telemetry";

    /// <summary>The share of new traces that are recorded (parent-based: a sampled parent is always followed).</summary>
    [Range(0.0, 1.0)]
    public double SamplingRatio { get; set; } = 1.0;
}
