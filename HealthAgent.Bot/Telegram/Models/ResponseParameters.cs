namespace HealthAgent.Bot.Telegram.Models;

/// <summary>Why a request failed and what to do: <see cref="RetryAfter"/> seconds to wait after a 429.</summary>
public sealed record ResponseParameters(int? RetryAfter = null, long? MigrateToChatId = null);
