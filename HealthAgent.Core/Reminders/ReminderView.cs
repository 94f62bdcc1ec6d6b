using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Core.Reminders;

/// <summary>A reminder as the API and the agent show it.</summary>
public sealed record ReminderView(
    Guid Id, string Message, ReminderKind Kind, ReminderSchedule Schedule, DateOnly? EndDate, bool Active, bool TrackCompletion,
    int GraceMinutes, DateTimeOffset? NextFireAt, DateTimeOffset CreatedAt)
{
    /// <summary>The view of <paramref name="r"/>.</summary>
    public static ReminderView Of(Reminder r) =>
        new(r.Id, r.Message, r.Kind, r.Schedule, r.EndDate, r.Active, r.TrackCompletion, r.GraceMinutes, r.NextFireAt, r.CreatedAt);
}
