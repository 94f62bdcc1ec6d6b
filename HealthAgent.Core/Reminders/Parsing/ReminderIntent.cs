namespace HealthAgent.Core.Reminders.Parsing;

/// <summary>What a reminder phrase asks for.</summary>
public enum ReminderIntent
{
    /// <summary>Create a reminder ("remind me to … every day at 9").</summary>
    Create,

    /// <summary>List reminders ("what reminders do I have?").</summary>
    List,

    /// <summary>Move a reminder to another time ("move my vitamin reminder to 8:30").</summary>
    UpdateTime,

    /// <summary>Pause matching reminders ("stop the water reminders").</summary>
    Pause,

    /// <summary>Resume matching reminders.</summary>
    Resume,

    /// <summary>Delete matching reminders.</summary>
    Delete,
}
