using HealthAgent.Core.Food;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAgent.Core.Charts;

/// <summary>Registers the charts; needs the pooled <see cref="Data.HealthDbContext"/> (<c>AddHealthData</c>) and the cache (<c>AddAppCache</c>).</summary>
public static class ChartsExtensions
{
    /// <summary>Adds <see cref="ChartService"/> and the summaries it draws from (users, goals, food, tracking), scoped.</summary>
    public static IServiceCollection AddCharts(this IServiceCollection services)
    {
        services.AddTracking();
        services.TryAddScoped<UserService>();
        services.TryAddScoped<GoalService>();
        services.TryAddScoped<FoodSummaryService>();
        services.TryAddScoped<ChartService>();
        return services;
    }
}
