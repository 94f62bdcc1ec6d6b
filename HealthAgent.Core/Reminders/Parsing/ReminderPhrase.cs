using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Core.Reminders.Parsing;

/// <summary>A parsed reminder phrase.</summary>
/// <param name="Intent">What is asked.</param>
/// <param name="Message">The reminder text (create).</param>
/// <param name="Kind">The kind guessed from the text (create).</param>
/// <param name="Schedule">The schedule (create).</param>
/// <param name="Target">Words naming existing reminders (update, pause, resume, delete), such as <c>vitamin</c> or <c>water</c>.</param>
/// <param name="NewTime">The new local time (update).</param>
public sealed record ReminderPhrase(
    ReminderIntent Intent, string? Message = null, ReminderKind Kind = ReminderKind.Custom, ReminderSchedule? Schedule = null,
    string? Target = null, TimeOnly? NewTime = null);
