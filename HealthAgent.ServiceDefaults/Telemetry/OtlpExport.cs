using OpenTelemetry.Exporter;

namespace HealthAgent.ServiceDefaults.Telemetry;

/// <summary>Points an OTLP exporter at the configured endpoint, adding the signal path for http/protobuf as the specification says.</summary>
internal static class OtlpExport
{
    public static Action<OtlpExporterOptions> For(TelemetryOptions options, string signalPath) => exporter =>
    {
        var endpoint = new Uri(options.OtlpEndpoint!);
        if (string.Equals(options.OtlpProtocol, "http/protobuf", StringComparison.OrdinalIgnoreCase))
        {
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            exporter.Endpoint = new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/" + signalPath);
        }
        else
        {
            exporter.Protocol = OtlpExportProtocol.Grpc;
            exporter.Endpoint = endpoint;
        }
    };
}
