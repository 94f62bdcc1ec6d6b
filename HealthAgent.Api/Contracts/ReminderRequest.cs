using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Api.Contracts;

/// <summary>The body of create and update: Core validates it and names the bad field.</summary>
public sealed record ReminderRequest(
    string? Message, ReminderKind? Kind, ReminderSchedule? Schedule, DateOnly? EndDate, bool? TrackCompletion, int? GraceMinutes)
{
    public ReminderDraft ToDraft() =>
        new(Message ?? "", Kind ?? ReminderKind.Custom, Schedule!, EndDate, TrackCompletion ?? true, GraceMinutes);
}
