namespace HealthAgent.Core.Gamification;

/// <summary>An action that earns XP. Stored by name in <c>xp_events.kind</c>, so never rename a member.</summary>
public enum ActivityKind
{
    /// <summary>A meal was logged.</summary>
    Meal,

    /// <summary>A weight was recorded.</summary>
    Weight,

    /// <summary>A night's sleep was recorded.</summary>
    Sleep,

    /// <summary>Water intake was recorded.</summary>
    Water,

    /// <summary>An exercise session was recorded.</summary>
    Exercise,

    /// <summary>A mood was recorded.</summary>
    Mood,

    /// <summary>An entry of one of the user's custom trackers was recorded.</summary>
    CustomTracker,

    /// <summary>A reminder was marked done late.</summary>
    ReminderDone,

    /// <summary>A reminder was marked done on time (earns the on-time bonus).</summary>
    ReminderDoneOnTime,

    /// <summary>A daily goal was met.</summary>
    DailyGoalMet,
}
