using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Core.Reminders;

/// <summary>What a reminder should be (create, or replace on update).</summary>
/// <param name="Message">The text sent, 1–500 characters.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Schedule">When, in the user's local time.</param>
/// <param name="EndDate">The last local day, or null.</param>
/// <param name="TrackCompletion">Whether to offer Done / Skip / Snooze.</param>
/// <param name="GraceMinutes">How late it may still be sent; null for the default (120).</param>
public sealed record ReminderDraft(
    string Message, ReminderKind Kind, ReminderSchedule Schedule, DateOnly? EndDate = null, bool TrackCompletion = true, int? GraceMinutes = null);
