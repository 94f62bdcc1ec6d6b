namespace HealthAgent.Core.Conversations;

/// <summary>An inline button under a reply: the label the user sees and the action id sent back when pressed (≤ 64 bytes, Telegram's callback_data limit).</summary>
public sealed record ReplyButton(string Label, string Action);
