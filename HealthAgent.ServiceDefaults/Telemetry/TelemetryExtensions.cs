using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using HealthAgent.ServiceDefaults.Logging;
using HealthAgent.ServiceDefaults.Metrics;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HealthAgent.ServiceDefaults.Telemetry;

/// <summary>
/// Tracing, metrics and logging. OpenTelemetry.Extensions.Hosting is not available, so the providers are built with
/// the SDK and owned by the container, which disposes (and so flushes) them at shutdown.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Adds JSON console logs (<see cref="JsonLogFormatter"/>) with trace, span and request ids, the tracer and meter providers, and OTLP export when configured.</summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var identity = ServiceIdentity.From(builder.Configuration, builder.Environment);
        var options = ReadOptions(builder.Configuration);
        builder.Services.AddSingleton(identity);
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        var resource = ResourceBuilder.CreateDefault()
            .AddService(identity.Name, serviceVersion: identity.Version, serviceInstanceId: identity.InstanceId);
        ConfigureLogging(builder, options, resource);

        builder.Services.AddSingleton(_ =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(resource)
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.SamplingRatio)))
                .AddSource(HealthAgentTelemetry.TracedSources);
            if (options.OtlpEndpoint is { Length: > 0 })
            {
                tracing.AddOtlpExporter(OtlpExport.For(options, "v1/traces"));
            }
            return tracing.Build();
        });
        builder.Services.AddSingleton(sp =>
        {
            var metrics = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(resource)
                .AddMeter(HealthAgentTelemetry.CollectedMeters)
                .AddReader(sp.GetRequiredService<PrometheusScrapeReader>());
            if (options.OtlpEndpoint is { Length: > 0 })
            {
                metrics.AddOtlpExporter(OtlpExport.For(options, "v1/metrics"));
            }
            return metrics.Build();
        });
        builder.Services.AddHostedService<TelemetryStartup>();
        return builder;
    }

    private static TelemetryOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        options.OtlpEndpoint ??= configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        options.OtlpProtocol ??= configuration["OTEL_EXPORTER_OTLP_PROTOCOL"];
        return options;
    }

    private static void ConfigureLogging(IHostApplicationBuilder builder, TelemetryOptions options, ResourceBuilder resource)
    {
        builder.Logging.ClearProviders();
        // Our JSON lines unless an operator picked another console formatter in configuration (Logging:Console:FormatterName).
        builder.Logging.AddConsole(console => console.FormatterName ??= JsonLogFormatter.FormatterName)
            .AddConsoleFormatter<JsonLogFormatter, ConsoleFormatterOptions>();
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        if (options.OtlpEndpoint is { Length: > 0 })
        {
            builder.Logging.AddOpenTelemetry(otel =>
            {
                otel.SetResourceBuilder(resource);
                otel.IncludeScopes = true;
                otel.IncludeFormattedMessage = true;
                otel.AddOtlpExporter(OtlpExport.For(options, "v1/logs"));
            });
        }
    }
}
