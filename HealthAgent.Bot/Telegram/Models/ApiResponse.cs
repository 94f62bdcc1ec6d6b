namespace HealthAgent.Bot.Telegram.Models;

/// <summary>The envelope of every Bot API answer.</summary>
public sealed record ApiResponse<T>(bool Ok, T? Result = default, int? ErrorCode = null, string? Description = null, ResponseParameters? Parameters = null);
