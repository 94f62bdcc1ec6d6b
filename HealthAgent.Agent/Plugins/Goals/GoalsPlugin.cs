using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HealthAgent.Core.Goals;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Goals;

/// <summary>The <c>goals</c> plugin: reads and sets the daily targets.</summary>
public sealed class GoalsPlugin(ToolContext user, GoalService goals)
{
    /// <summary>The plugin's name.</summary>
    public const string Name = "goals";

    /// <summary><c>goals_get</c>.</summary>
    [KernelFunction("get"), Description("The user's daily calorie, macro and water targets and target weight.")]
    public Task<GoalsView> GetAsync(CancellationToken cancellationToken = default) => goals.GetAsync(user.UserId, cancellationToken);

    /// <summary><c>goals_set</c>.</summary>
    [KernelFunction("set"), Description("Sets the targets the user named; omitted targets stay as they are.")]
    public async Task<GoalsView> SetAsync(
        [Range(GoalRules.MinDailyKcal, GoalRules.MaxDailyKcal)] int? dailyKcal = null,
        [Range(0, GoalRules.MaxProteinG)] int? proteinG = null,
        [Range(0, GoalRules.MaxCarbsG)] int? carbsG = null,
        [Range(0, GoalRules.MaxFatG)] int? fatG = null,
        [Range(0, GoalRules.MaxWaterMl)] int? waterMl = null,
        [Description("The target body weight, in weightUnit; in the user's own units when they did not say one."), Range(1, 1000)] decimal? targetWeight = null,
        WeightUnit? weightUnit = null,
        CancellationToken cancellationToken = default)
    {
        var targetWeightKg = targetWeight is { } weight ? user.Kilograms(weight, weightUnit) : (decimal?)null;
        var update = new GoalsUpdate(dailyKcal, proteinG, carbsG, fatG, waterMl, targetWeightKg);
        return update == new GoalsUpdate()
            ? throw new ToolArgumentException("No goal given: name at least one of dailyKcal, proteinG, carbsG, fatG, waterMl, targetWeight.")
            : await goals.SetAsync(user.UserId, update, cancellationToken);
    }
}
