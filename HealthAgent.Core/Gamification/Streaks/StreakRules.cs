namespace HealthAgent.Core.Gamification;

/// <summary>
/// Streak rules over local dates. A freeze bridges one missed day that follows an active day; each streak has
/// <see cref="FreezesPerMonth"/> per calendar month (of the missed day), refilled on the 1st. Two missed days in a row,
/// or one missed day with no freeze left, break the streak. Applying the same day twice changes nothing.
/// </summary>
public static class StreakRules
{
    /// <summary>Freezes available per streak and calendar month.</summary>
    public const int FreezesPerMonth = 2;

    /// <summary>Counts an action on the local day <paramref name="date"/>.</summary>
    public static StreakChange RecordActivity(Streak streak, DateOnly date)
    {
        if (streak.CoveredThrough is { } covered && covered >= date)
        {
            // The day is already counted (or frozen); a late entry for an older day never rewrites history.
            return StreakChange.None;
        }

        StreakChange change;
        if (streak.Current > 0 && streak.CoveredThrough == date.AddDays(-1))
        {
            streak.Current++;
            change = StreakChange.Extended;
        }
        else if (streak.Current > 0 && streak.LastActiveDate == date.AddDays(-2) && TryFreeze(streak, date.AddDays(-1)))
        {
            streak.Current++;
            change = StreakChange.FrozenAndExtended;
        }
        else
        {
            change = streak.Best == 0 ? StreakChange.Started : StreakChange.Restarted;
            streak.Current = 1;
        }

        streak.LastActiveDate = date;
        streak.CoveredThrough = date;
        streak.Best = Math.Max(streak.Best, streak.Current);
        return change;
    }

    /// <summary>Settles the finished local day <paramref name="date"/>: a missed day is frozen if possible, else the streak breaks.</summary>
    public static StreakChange ApplyDayEnd(Streak streak, DateOnly date)
    {
        if (streak.Current == 0 || streak.CoveredThrough is not { } covered || covered >= date)
        {
            return StreakChange.None;
        }
        if (covered == date.AddDays(-1) && streak.LastActiveDate == covered && TryFreeze(streak, date))
        {
            streak.CoveredThrough = date;
            return StreakChange.Frozen;
        }
        streak.Current = 0;
        return StreakChange.Broken;
    }

    /// <summary>Freezes still available for the month of <paramref name="date"/>.</summary>
    public static int FreezesLeft(Streak streak, DateOnly date) =>
        FreezesPerMonth - (streak.FreezeMonth == FirstOfMonth(date) ? streak.FreezesUsed : 0);

    /// <summary>
    /// The streak as the user sees it on <paramref name="today"/>, settling the finished days that the Worker has not
    /// settled yet; the stored row is not changed.
    /// </summary>
    public static Streak AsOf(Streak streak, DateOnly today)
    {
        var copy = new Streak
        {
            UserId = streak.UserId, Activity = streak.Activity, Current = streak.Current, Best = streak.Best,
            LastActiveDate = streak.LastActiveDate, CoveredThrough = streak.CoveredThrough,
            FreezeMonth = streak.FreezeMonth, FreezesUsed = streak.FreezesUsed, UpdatedAt = streak.UpdatedAt,
        };
        // At most two days are needed: the first is frozen or breaks the streak, the second breaks it.
        for (var day = copy.CoveredThrough?.AddDays(1); day < today && copy.Current > 0; day = day.Value.AddDays(1))
        {
            ApplyDayEnd(copy, day.Value);
        }
        return copy;
    }

    private static bool TryFreeze(Streak streak, DateOnly missed)
    {
        var month = FirstOfMonth(missed);
        if (streak.FreezeMonth != month)
        {
            streak.FreezeMonth = month;
            streak.FreezesUsed = 0;
        }
        if (streak.FreezesUsed >= FreezesPerMonth)
        {
            return false;
        }
        streak.FreezesUsed++;
        return true;
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
