using HealthAgent.ServiceDefaults.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HealthAgent.ServiceDefaults.Telemetry;

/// <summary>Logs, traces and metrics as in the Aspire service-defaults template, with our JSON console lines.</summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// JSON console logs (<see cref="JsonLogFormatter"/>) with trace, span and request ids; OpenTelemetry tracing and
    /// metrics from ASP.NET Core, HttpClient, the runtime, Npgsql and our own source; the Prometheus exporter behind
    /// <c>/metrics</c>; and OTLP export of all three signals when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the AppHost sets it
    /// to the Aspire dashboard).
    /// </summary>
    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        var identity = ServiceIdentity.From(builder.Configuration, builder.Environment);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var exportsOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Services.AddSingleton(identity);
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        ConfigureConsole(builder);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(identity.Name, serviceVersion: identity.Version, serviceInstanceId: identity.InstanceId))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(HealthAgentTelemetry.CollectedMeters)
                .AddPrometheusSafeNames()
                .AddPrometheusExporter(prometheus =>
                {
                    // No response cache: a scrape shows what happened up to that moment. No otel_scope_* labels: the
                    // series keep the label sets that the dashboard and the alert rules query.
                    prometheus.ScrapeResponseCacheDurationMilliseconds = 0;
                    prometheus.ScopeInfoEnabled = false;
                }))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.SamplingRatio)))
                .AddSource(HealthAgentTelemetry.TracedSources)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (exportsOtlp)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
            });
            telemetry.UseOtlpExporter();
            builder.Services.AddHostedService<TelemetryFlush>();
        }
        return builder;
    }

    private static void ConfigureConsole(IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // Our JSON lines unless an operator picked another console formatter in configuration (Logging:Console:FormatterName).
        builder.Logging.AddConsole(console => console.FormatterName ??= JsonLogFormatter.FormatterName)
            .AddConsoleFormatter<JsonLogFormatter, ConsoleFormatterOptions>();
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
    }
}
