using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAgent.Core.Conversations.Flows;

/// <summary>Registers the guided flows and their runner.</summary>
public static class FlowsExtensions
{
    /// <summary>Adds <see cref="FlowStore"/>, <see cref="FlowRunner"/> (also as the <c>flow</c> button handler) and every flow.</summary>
    public static IServiceCollection AddConversationFlows(this IServiceCollection services)
    {
        services.TryAddScoped<FlowStore>();
        services.TryAddScoped<FlowRunner>();
        services.AddScoped<IConversationActionHandler>(sp => sp.GetRequiredService<FlowRunner>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IConversationFlow, OnboardingFlow>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IConversationFlow, SleepCheckInFlow>());
        return services;
    }
}
