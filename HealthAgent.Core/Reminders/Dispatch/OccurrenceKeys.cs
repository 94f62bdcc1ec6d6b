namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>The stable key of one occurrence; the Bot's idempotency key, so a resend after a crash is recognised.</summary>
public static class OccurrenceKeys
{
    /// <summary><c>reminder:{id:N}:{unix seconds}</c>.</summary>
    public static string For(Guid reminderId, DateTimeOffset scheduledAt) => $"reminder:{reminderId:N}:{scheduledAt.ToUnixTimeSeconds()}";
}
