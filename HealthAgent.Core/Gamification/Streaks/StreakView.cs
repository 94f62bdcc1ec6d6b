namespace HealthAgent.Core.Gamification;

/// <summary>A streak as the user sees it today.</summary>
/// <param name="Activity">What it counts.</param>
/// <param name="Current">Days in the running streak; 0 when broken.</param>
/// <param name="Best">The longest streak ever.</param>
/// <param name="FreezesLeft">Freezes left this month.</param>
/// <param name="LastActiveDate">The last local day with the activity.</param>
public sealed record StreakView(StreakActivity Activity, int Current, int Best, int FreezesLeft, DateOnly? LastActiveDate)
{
    /// <summary>The view of <paramref name="streak"/> on the local day <paramref name="today"/>.</summary>
    public static StreakView Of(Streak streak, DateOnly today)
    {
        var settled = StreakRules.AsOf(streak, today);
        return new(settled.Activity, settled.Current, settled.Best, StreakRules.FreezesLeft(settled, today), settled.LastActiveDate);
    }
}
