namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Which message a sent message answers.</summary>
public sealed record ReplyParameters(long MessageId, bool AllowSendingWithoutReply = true);
