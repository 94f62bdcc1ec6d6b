using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAgent.Core.Plans;

/// <summary>Registers invites and plans.</summary>
public static class PlansExtensions
{
    /// <summary>Adds <see cref="PlanService"/> and binds <see cref="InviteOptions"/>.</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddOptions<InviteOptions>().BindConfiguration(InviteOptions.Section);
        services.TryAddScoped<PlanService>();
        return services;
    }
}
