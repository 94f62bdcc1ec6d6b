namespace HealthAgent.Api.Contracts;

/// <summary>Registers a Telegram user, or returns the existing one.</summary>
/// <param name="TelegramId">The Telegram user id.</param>
/// <param name="DisplayName">The name to use.</param>
/// <param name="Language">A language code such as <c>en</c>; <c>en</c> when omitted.</param>
public sealed record CreateUserRequest(long TelegramId, string DisplayName, string? Language);
