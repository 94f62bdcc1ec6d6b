using HealthAgent.Agent.Tools.Reminders;
using HealthAgent.Agent.Tools;
using HealthAgent.Agent.Tools.Food;
using HealthAgent.Agent.Tools.Goals;
using HealthAgent.Agent.Tools.Memory;
using HealthAgent.Agent.Tools.Profile;
using HealthAgent.Agent.Tools.Tracking;
using HealthAgent.Core.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthAgent.Agent;

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
            .AddScoped<IAgentTool, ForgetTool>()
            .AddScoped<IAgentTool, CreateReminderTool>()
            .AddScoped<IAgentTool, ListRemindersTool>()
            .AddScoped<IAgentTool, UpdateReminderTimeTool>()
            .AddScoped<IAgentTool, ChangeReminderStateTool>();
    }
}
