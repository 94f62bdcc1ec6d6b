using System.Globalization;
using HealthAgent.Agent.Plugins.Reminders;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Agent.Offline;

/// <summary>Words the results of the <c>reminders</c> functions for the offline brain.</summary>
public static class ReminderReplies
{
    /// <summary>The sentence for a reminders result, or null when <paramref name="data"/> is none.</summary>
    public static string? Describe(object? data) => data switch
    {
        CreatedReminder created => (created.Created ? "Reminder set: " : "You already have that reminder: ") + One(created.Reminder) + ".",
        ReminderList { Reminders.Count: 0 } => "You have no reminders. Try \"remind me to drink water every day at 10\".",
        ReminderList list => "Your reminders:\n" + string.Join("\n", list.Reminders.Select(r => "• " + One(r) + (r.Active ? "" : " (paused)"))),
        MovedReminder moved => "Moved: " + One(moved.Reminder) + ".",
        ChangedReminders changed => $"{Verb(changed.Action)}: {string.Join(", ", changed.Reminders.Select(r => $"\"{r.Message}\""))}.",
        _ => null,
    };

    private static string Verb(ReminderAction action) => action switch
    {
        ReminderAction.Pause => "Paused",
        ReminderAction.Resume => "Resumed",
        _ => "Deleted",
    };

    private static string One(ReminderView reminder)
    {
        var s = reminder.Schedule;
        var time = s.Time?.ToString("HH:mm", CultureInfo.InvariantCulture);
        var when = s.Type switch
        {
            ScheduleType.Once => $"on {s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} at {time}",
            ScheduleType.Daily => $"every day at {time}",
            ScheduleType.Weekly => $"every week at {time}",
            ScheduleType.Interval => $"every {s.IntervalHours} h",
            _ => $"on schedule {s.Cron}",
        };
        return $"\"{reminder.Message}\" {when} (your local time)";
    }
}
