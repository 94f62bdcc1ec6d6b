namespace HealthAgent.Bot.Api;

/// <summary>Body of <c>POST /api/v1/users</c>.</summary>
public sealed record CreateUserRequest(long TelegramId, string DisplayName, string? Language);
