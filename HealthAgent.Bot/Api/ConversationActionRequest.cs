namespace HealthAgent.Bot.Api;

/// <summary>Body of <c>POST /api/v1/conversations/{userId}/actions</c>.</summary>
public sealed record ConversationActionRequest(string Action);
