namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>setWebhook</c>; Telegram sends <see cref="SecretToken"/> in <c>X-Telegram-Bot-Api-Secret-Token</c>.</summary>
public sealed record SetWebhookRequest(string Url, string? SecretToken = null, IReadOnlyList<string>? AllowedUpdates = null, bool? DropPendingUpdates = null, int? MaxConnections = null);
