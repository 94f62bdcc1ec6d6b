namespace HealthAgent.Core.Gamification;

/// <summary>Every achievement there is. Codes are stored, so never change one; add new ones at the end.</summary>
public static class AchievementCatalog
{
    private static readonly ActivityKind[] TrackingKinds =
        [ActivityKind.Weight, ActivityKind.Sleep, ActivityKind.Water, ActivityKind.Exercise, ActivityKind.Mood, ActivityKind.CustomTracker];

    private static readonly ActivityKind[] Reminders = [ActivityKind.ReminderDone, ActivityKind.ReminderDoneOnTime];

    /// <summary>All achievements, in display order.</summary>
    public static IReadOnlyList<AchievementDefinition> All { get; } =
    [
        Count("first_meal", "First bite", "Log your first meal.", 1, ActivityKind.Meal),
        Count("meals_100", "Food diarist", "Log 100 meals.", 100, ActivityKind.Meal),
        Count("first_weight", "On the scale", "Record your weight for the first time.", 1, ActivityKind.Weight),
        Count("weights_30", "Steady weigher", "Record your weight 30 times.", 30, ActivityKind.Weight),
        Count("first_sleep", "Sweet dreams", "Record a night's sleep.", 1, ActivityKind.Sleep),
        Count("first_water", "Hydrated", "Record a glass of water.", 1, ActivityKind.Water),
        Count("water_100", "Like a fish", "Record water 100 times.", 100, ActivityKind.Water),
        Count("first_exercise", "First workout", "Record an exercise session.", 1, ActivityKind.Exercise),
        Count("exercise_50", "Athlete", "Record 50 exercise sessions.", 50, ActivityKind.Exercise),
        Count("first_mood", "Feelings check", "Record your mood.", 1, ActivityKind.Mood),
        Count("first_custom", "Own metric", "Record an entry in a custom tracker.", 1, ActivityKind.CustomTracker),
        Count("tracking_500", "Quantified self", "Record 500 tracking entries of any kind.", 500, TrackingKinds),
        Count("first_reminder", "Reliable", "Complete a reminder.", 1, Reminders),
        Count("on_time_25", "Punctual", "Complete 25 reminders on time.", 25, ActivityKind.ReminderDoneOnTime),
        Count("first_goal", "Goal getter", "Meet a daily goal.", 1, ActivityKind.DailyGoalMet),
        Count("goals_30", "Goal machine", "Meet a daily goal 30 times.", 30, ActivityKind.DailyGoalMet),
        Streak("streak_7", "One week strong", "Keep any streak going for 7 days.", 7),
        Streak("streak_30", "Habit formed", "Keep any streak going for 30 days.", 30),
        Streak("streak_100", "Unstoppable", "Keep any streak going for 100 days.", 100),
        Level("level_5", "Rising", "Reach level 5.", 5),
        Level("level_16", "Gold", "Reach level 16 (gold tier).", 16),
        Level("level_31", "Platinum", "Reach level 31 (platinum tier).", 31),
    ];

    private static AchievementDefinition Count(string code, string title, string trigger, int threshold, params ActivityKind[] kinds) =>
        new(code, title, trigger, AchievementMetric.ActionCount, threshold, kinds);

    private static AchievementDefinition Streak(string code, string title, string trigger, int days) =>
        new(code, title, trigger, AchievementMetric.StreakDays, days, []);

    private static AchievementDefinition Level(string code, string title, string trigger, int level) =>
        new(code, title, trigger, AchievementMetric.Level, level, []);
}
