namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>deleteWebhook</c>.</summary>
public sealed record DeleteWebhookRequest(bool? DropPendingUpdates = null);
