using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAgent.Core.Gamification;

/// <summary>Registers gamification; needs the pooled <see cref="Data.HealthDbContext"/> (<c>AddHealthData</c>).</summary>
public static class GamificationExtensions
{
    /// <summary>Adds <see cref="GamificationRecorder"/> (singleton, stateless) and <see cref="GamificationService"/> (scoped).</summary>
    public static IServiceCollection AddGamification(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GamificationRecorder>();
        services.TryAddScoped<GamificationService>();
        return services;
    }
}
