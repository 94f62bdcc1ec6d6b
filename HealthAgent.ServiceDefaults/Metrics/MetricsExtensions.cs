using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>Registers what <c>/metrics</c> shows besides the instrumentation: the service gauges and the periodic health publisher.</summary>
public static class MetricsExtensions
{
    /// <summary>Adds the dependency and breaker gauges, the health publisher that feeds them and <see cref="MetricsOptions"/>.</summary>
    public static IHostApplicationBuilder AddMetricsExposition(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        var interval = builder.Configuration.GetSection(MetricsOptions.Section).GetValue<TimeSpan?>(nameof(MetricsOptions.HealthInterval))
            ?? new MetricsOptions().HealthInterval;
        builder.Services.AddSingleton<DependencyHealthSnapshot>();
        builder.Services.AddSingleton<IHealthCheckPublisher>(sp => sp.GetRequiredService<DependencyHealthSnapshot>());
        builder.Services.Configure<HealthCheckPublisherOptions>(publisher =>
        {
            publisher.Delay = TimeSpan.FromSeconds(1);
            publisher.Period = interval;
        });
        builder.Services.AddHostedService<ServiceGauges>();
        return builder;
    }
}
