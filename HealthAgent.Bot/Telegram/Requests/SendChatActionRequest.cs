namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>sendChatAction</c>, such as <c>typing</c> or <c>upload_document</c>.</summary>
public sealed record SendChatActionRequest(long ChatId, string Action);
