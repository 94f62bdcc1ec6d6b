using System.Diagnostics;
using HealthAgent.ServiceDefaults.ErrorTracking;
using HealthAgent.ServiceDefaults.Health;
using HealthAgent.ServiceDefaults.Logging;
using HealthAgent.ServiceDefaults.Metrics;
using HealthAgent.ServiceDefaults.Resilience;
using HealthAgent.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HealthAgent.ServiceDefaults;

/// <summary>What every HealthAgent service shares, as in the Aspire service-defaults template.</summary>
public static class Extensions
{
    /// <summary>
    /// Adds OpenTelemetry (<see cref="TelemetryExtensions.ConfigureOpenTelemetry"/>), the default health checks, service
    /// discovery, and for every HttpClient the standard resilience handler followed by service discovery; plus JSON logs,
    /// request ids and Problem Details that carry the trace id; and error tracking when <c>Sentry:Dsn</c> is set.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddMetricsExposition();
        // Service discovery (Microsoft.Extensions.ServiceDiscovery) and, for every HttpClient, resilience then discovery.
        builder.Services.AddHttpResilienceDefaults();
        builder.Services.AddTransient<IStartupFilter, RequestContextStartupFilter>();
        // Problem Details carry the bare W3C trace id and the request id, so a client's report leads straight to the logs.
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
        });
        // Last: after the console set-up (which clears logging providers) and after the request-id filter, so that
        // Sentry's middleware runs inside it and sees the request id.
        builder.AddErrorTracking();
        return builder;
    }

    /// <summary>The health-check service with the options of our dependency checks (<c>Health:Timeout</c>); services add their checks.</summary>
    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<DependencyHealthOptions>().BindConfiguration(DependencyHealthOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>Maps <c>/health/live</c> (<c>/alive</c>), <c>/health/ready</c> (<c>/health</c>), <c>/health/deps</c> and <c>/metrics</c>.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapMetricsEndpoint();
        app.MapHealthEndpoints();
        return app;
    }
}
