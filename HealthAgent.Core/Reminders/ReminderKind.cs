namespace HealthAgent.Core.Reminders;

/// <summary>What a reminder is about. Stored by snake_case name in <c>reminders.kind</c>, so never rename a member.</summary>
public enum ReminderKind
{
    /// <summary>Take a medication or supplement.</summary>
    Medication,

    /// <summary>Drink water.</summary>
    Water,

    /// <summary>Eat or log a meal.</summary>
    Meal,

    /// <summary>Go to bed or wind down.</summary>
    Sleep,

    /// <summary>Move or train.</summary>
    Exercise,

    /// <summary>Anything else.</summary>
    Custom,
}
