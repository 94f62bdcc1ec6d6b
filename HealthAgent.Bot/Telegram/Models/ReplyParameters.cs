namespace HealthAgent.Bot.Telegram.Models;

/// <summary>Which message a sent message answers.</summary>
public sealed record ReplyParameters(long MessageId, bool AllowSendingWithoutReply = true);
