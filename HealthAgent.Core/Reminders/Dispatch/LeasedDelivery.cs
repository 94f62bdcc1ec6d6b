using HealthAgent.Contracts.Conversations;
using HealthAgent.Contracts.Notifications;
using HealthAgent.Core.Conversations.Flows;
using HealthAgent.Core.Reminders.Completion;

namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>A pending delivery leased for sending, with what its message needs; a sleep reminder offers the sleep check-in.</summary>
internal sealed record LeasedDelivery(
    Guid Id, Guid ReminderId, Guid UserId, DateTimeOffset ScheduledAt, int Attempts, string Message, bool TrackCompletion, long TelegramChatId, long MissedBefore,
    bool Sleep = false)
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
        List<IReadOnlyList<ReplyButton>> rows = [];
        if (Sleep)
        {
            rows.Add([FlowButtons.Start("😴 Sleep check-in", SleepCheckInFlow.FlowName)]);
        }
        if (TrackCompletion)
        {
            rows.Add([new("✅ Done", ReminderActions.Done(Id)), new("Skip", ReminderActions.Skip(Id)), new("Snooze 30 min", ReminderActions.Snooze(Id))]);
        }
        IReadOnlyList<IReadOnlyList<ReplyButton>>? buttons = rows.Count > 0 ? rows : null;
        return new NotificationRequest(TelegramChatId, text, buttons, OccurrenceKeys.For(ReminderId, ScheduledAt));
    }
}
