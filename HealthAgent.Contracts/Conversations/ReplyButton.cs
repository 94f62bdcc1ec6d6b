namespace HealthAgent.Contracts.Conversations;

/// <summary>An inline button: the label the user sees and the action sent back when it is pressed.</summary>
/// <param name="Label">The button text.</param>
/// <param name="Action">The action id (at most 64 bytes, Telegram's callback-data limit).</param>
public sealed record ReplyButton(string Label, string Action);
