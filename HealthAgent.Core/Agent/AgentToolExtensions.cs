using HealthAgent.Core.Agent.Tools;
using HealthAgent.Core.Agent.Tools.Food;
using HealthAgent.Core.Agent.Tools.Goals;
using HealthAgent.Core.Agent.Tools.Memory;
using HealthAgent.Core.Agent.Tools.Profile;
using HealthAgent.Core.Agent.Tools.Tracking;
using HealthAgent.Core.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAgent.Core.Agent;

/// <summary>Registers the agent's tools.</summary>
public static class AgentToolExtensions
{
    /// <summary>
    /// Adds every Core tool as a scoped <see cref="IAgentTool"/> and the <see cref="ToolRegistry"/> that indexes them.
    /// Other features (reminders) add their tools the same way; the registry picks up whatever is registered.
    /// </summary>
    public static IServiceCollection AddAgentTools(this IServiceCollection services)
    {
        services.TryAddScoped<MemoryService>();
        services.TryAddScoped<ToolRegistry>();
        return services
            .AddScoped<IAgentTool, LogFoodTool>()
            .AddScoped<IAgentTool, EditFoodEntryTool>()
            .AddScoped<IAgentTool, DeleteFoodEntryTool>()
            .AddScoped<IAgentTool, DaySummaryTool>()
            .AddScoped<IAgentTool, WeekSummaryTool>()
            .AddScoped<IAgentTool, GetGoalsTool>()
            .AddScoped<IAgentTool, SetGoalsTool>()
            .AddScoped<IAgentTool, LogWeightTool>()
            .AddScoped<IAgentTool, LogSleepTool>()
            .AddScoped<IAgentTool, LogWaterTool>()
            .AddScoped<IAgentTool, LogExerciseTool>()
            .AddScoped<IAgentTool, LogMoodTool>()
            .AddScoped<IAgentTool, LogCustomTool>()
            .AddScoped<IAgentTool, TrendsTool>()
            .AddScoped<IAgentTool, GetProfileTool>()
            .AddScoped<IAgentTool, UpdateProfileTool>()
            .AddScoped<IAgentTool, SetTimeZoneTool>()
            .AddScoped<IAgentTool, ProgressTool>()
            .AddScoped<IAgentTool, RememberTool>()
            .AddScoped<IAgentTool, RecallTool>()
            .AddScoped<IAgentTool, ForgetTool>();
    }
}
