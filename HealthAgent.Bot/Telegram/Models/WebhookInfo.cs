namespace HealthAgent.Bot.Telegram.Models;

/// <summary>The answer of <c>getWebhookInfo</c>.</summary>
public sealed record WebhookInfo(string Url, bool HasCustomCertificate = false, int PendingUpdateCount = 0, string? LastErrorMessage = null);
