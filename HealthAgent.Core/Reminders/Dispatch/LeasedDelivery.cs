using HealthAgent.Contracts.Conversations;
using HealthAgent.Contracts.Notifications;
using HealthAgent.Core.Reminders.Completion;

namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>A pending delivery leased for sending, with what its message needs.</summary>
internal sealed record LeasedDelivery(
    Guid Id, Guid ReminderId, Guid UserId, DateTimeOffset ScheduledAt, int Attempts, string Message, bool TrackCompletion, long TelegramChatId, long MissedBefore)
{
    public NotificationRequest ToRequest()
    {
        var text = "⏰ " + Message;
        if (MissedBefore > 0)
        {
            text += MissedBefore == 1
                ? "\n(One earlier reminder was missed while I was offline.)"
                : $"\n({MissedBefore} earlier reminders were missed while I was offline.)";
        }
        IReadOnlyList<IReadOnlyList<ReplyButton>>? buttons = TrackCompletion
            ? [[new("✅ Done", ReminderActions.Done(Id)), new("Skip", ReminderActions.Skip(Id)), new("Snooze 30 min", ReminderActions.Snooze(Id))]]
            : null;
        return new NotificationRequest(TelegramChatId, text, buttons, OccurrenceKeys.For(ReminderId, ScheduledAt));
    }
}
