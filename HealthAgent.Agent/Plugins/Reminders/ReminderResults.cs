using HealthAgent.Core.Reminders;

namespace HealthAgent.Agent.Plugins.Reminders;

/// <summary>What <c>reminders_change_state</c> does to the reminders it matches.</summary>
public enum ReminderAction
{
    /// <summary>Stop sending until resumed.</summary>
    Pause,

    /// <summary>Send again.</summary>
    Resume,

    /// <summary>Remove for good.</summary>
    Delete,
}

/// <summary>The result of <c>reminders_create</c>: false <paramref name="Created"/> when an identical reminder existed.</summary>
/// <param name="Created">Whether a reminder was created.</param>
/// <param name="Reminder">The new or existing reminder.</param>
public sealed record CreatedReminder(bool Created, ReminderView Reminder);

/// <summary>The result of <c>reminders_list</c>.</summary>
/// <param name="Reminders">Every reminder of the user.</param>
public sealed record ReminderList(IReadOnlyList<ReminderView> Reminders);

/// <summary>The result of <c>reminders_move</c>.</summary>
/// <param name="Reminder">The reminder at its new time.</param>
public sealed record MovedReminder(ReminderView Reminder);

/// <summary>The result of <c>reminders_change_state</c>.</summary>
/// <param name="Action">What was done.</param>
/// <param name="Reminders">The reminders it was done to.</param>
public sealed record ChangedReminders(ReminderAction Action, IReadOnlyList<ReminderName> Reminders);

/// <summary>A reminder named in a result.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Message">Its message.</param>
public sealed record ReminderName(Guid Id, string Message);
