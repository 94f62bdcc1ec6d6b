using System.ComponentModel.DataAnnotations;

namespace HealthAgent.ServiceDefaults.Telemetry;

/// <summary>Tracing and export settings, bound from the <c>Telemetry</c> section and the standard <c>OTEL_*</c> variables.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Telemetry";

    /// <summary>The share of new traces that are recorded (parent-based: a sampled parent is always followed).</summary>
    [Range(0.0, 1.0)]
    public double SamplingRatio { get; set; } = 1.0;

    /// <summary>The OTLP endpoint, from <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; export is off when it is empty.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The OTLP protocol, from <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>: <c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public string? OtlpProtocol { get; set; }
}
