using System.Diagnostics;
using HealthAgent.ServiceDefaults.Discovery;
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

/// <summary>What every HealthAgent service shares: telemetry, health endpoints, service discovery and HTTP resilience.</summary>
public static class Extensions
{
    /// <summary>Adds telemetry, JSON logs, the health-check service, Problem Details, service discovery and the standard resilience handler for every HttpClient.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddTelemetry();
        builder.AddMetricsExposition();
        builder.Services.AddOptions<DependencyHealthOptions>().BindConfiguration(DependencyHealthOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHealthChecks();
        builder.Services.AddTransient<IStartupFilter, RequestContextStartupFilter>();
        // Problem Details carry the bare W3C trace id and the request id, so a client's report leads straight to the logs.
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddHttpClient();
        builder.Services.AddServiceDiscovery();
        builder.Services.AddHttpResilienceDefaults();
        return builder;
    }

    /// <summary>Maps <c>/health/live</c> (<c>/alive</c>), <c>/health/ready</c> (<c>/health</c>), <c>/health/deps</c> and <c>/metrics</c>.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint();
        return app;
    }
}
