namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>An inline button in a notification.</summary>
/// <param name="Label">What the user sees.</param>
/// <param name="Action">The action id sent back when pressed (≤ 64 bytes).</param>
public sealed record NotificationButton(string Label, string Action);
