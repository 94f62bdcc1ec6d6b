using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>Registers what <c>/metrics</c> needs: the scrape reader, the service gauges and the periodic health publisher.</summary>
public static class MetricsExtensions
{
    /// <summary>Adds the Prometheus scrape reader (picked up by the meter provider), the gauges and <see cref="MetricsOptions"/>.</summary>
    public static IHostApplicationBuilder AddMetricsExposition(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        var interval = builder.Configuration.GetSection(MetricsOptions.Section).GetValue<TimeSpan?>(nameof(MetricsOptions.HealthInterval))
            ?? new MetricsOptions().HealthInterval;
        builder.Services.AddSingleton<PrometheusScrapeReader>();
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
