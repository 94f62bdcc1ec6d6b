namespace HealthAgent.Core.Gamification;

/// <summary>What each action is worth and which streaks it extends.</summary>
public static class XpRules
{
    /// <summary>XP for a meal.</summary>
    public const int Meal = 5;

    /// <summary>XP for any tracking entry.</summary>
    public const int TrackingEntry = 10;

    /// <summary>XP for a completed reminder.</summary>
    public const int ReminderDone = 10;

    /// <summary>Extra XP when the reminder was completed on time.</summary>
    public const int OnTimeBonus = 5;

    /// <summary>XP for meeting a daily goal.</summary>
    public const int DailyGoalMet = 20;

    /// <summary>The XP that one action of <paramref name="kind"/> earns.</summary>
    public static int XpFor(ActivityKind kind) => kind switch
    {
        ActivityKind.Meal => Meal,
        ActivityKind.ReminderDone => ReminderDone,
        ActivityKind.ReminderDoneOnTime => ReminderDone + OnTimeBonus,
        ActivityKind.DailyGoalMet => DailyGoalMet,
        _ => TrackingEntry,
    };

    /// <summary>The streaks that an action of <paramref name="kind"/> extends; always includes <see cref="StreakActivity.Any"/>.</summary>
    public static IReadOnlyList<StreakActivity> StreaksFor(ActivityKind kind) => kind switch
    {
        ActivityKind.Meal => [StreakActivity.Any, StreakActivity.Meals],
        ActivityKind.Water => [StreakActivity.Any, StreakActivity.Tracking, StreakActivity.Water],
        ActivityKind.Exercise => [StreakActivity.Any, StreakActivity.Tracking, StreakActivity.Exercise],
        ActivityKind.ReminderDone or ActivityKind.ReminderDoneOnTime => [StreakActivity.Any, StreakActivity.Reminders],
        ActivityKind.DailyGoalMet => [StreakActivity.Any, StreakActivity.DailyGoals],
        _ => [StreakActivity.Any, StreakActivity.Tracking],
    };
}
