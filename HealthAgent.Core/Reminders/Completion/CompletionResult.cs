namespace HealthAgent.Core.Reminders.Completion;

/// <summary>What a Done / Skip / Snooze press did.</summary>
/// <param name="Status">The occurrence's status afterwards.</param>
/// <param name="OnTime">Done within 30 minutes.</param>
/// <param name="XpAwarded">XP earned by this press (0 for a replay).</param>
/// <param name="Message">The reminder's message.</param>
public sealed record CompletionResult(DeliveryStatus Status, bool OnTime, int XpAwarded, string Message);
