namespace HealthAgent.Contracts.Users;

/// <summary>Body of <c>POST /api/v1/users</c>: creates the user of a Telegram id, or returns the existing one.</summary>
/// <param name="TelegramId">The user's Telegram id.</param>
/// <param name="DisplayName">The name to greet the user with.</param>
/// <param name="Language">A language code such as <c>en</c>; <c>en</c> when omitted.</param>
public sealed record CreateUserRequest(long TelegramId, string DisplayName, string? Language);
