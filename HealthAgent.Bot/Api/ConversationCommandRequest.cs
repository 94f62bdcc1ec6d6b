namespace HealthAgent.Bot.Api;

/// <summary>Body of <c>POST /api/v1/conversations/{userId}/commands</c>.</summary>
public sealed record ConversationCommandRequest(string Command, string? Args);
