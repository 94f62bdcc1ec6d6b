namespace HealthAgent.Core.Food;

/// <summary>Progress towards one daily target.</summary>
/// <param name="Consumed">What was eaten.</param>
/// <param name="Goal">The target, or null when unset.</param>
/// <param name="Remaining">Goal − consumed (negative when over), or null.</param>
/// <param name="Percent">Consumed as a percentage of the goal, or null.</param>
public sealed record GoalProgress(decimal Consumed, decimal? Goal, decimal? Remaining, decimal? Percent)
{
    /// <summary>Progress of <paramref name="consumed"/> against <paramref name="goal"/>.</summary>
    public static GoalProgress Of(decimal consumed, int? goal) => goal is { } g and > 0
        ? new(consumed, g, Math.Round(g - consumed, 1), Math.Round(consumed / g * 100, 0))
        : new(consumed, goal, null, null);
}
