using HealthAgent.Core.Gamification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAgent.Core.Tracking;

/// <summary>Registers tracking; needs the pooled <see cref="Data.HealthDbContext"/> (<c>AddHealthData</c>).</summary>
public static class TrackingExtensions
{
    /// <summary>Adds the tracking services (scoped, over the request's context) and gamification, which they reward through.</summary>
    public static IServiceCollection AddTracking(this IServiceCollection services)
    {
        services.AddGamification();
        services.TryAddScoped<TrackingService>();
        services.TryAddScoped<TrackingQueryService>();
        services.TryAddScoped<CustomTrackerService>();
        return services;
    }
}
