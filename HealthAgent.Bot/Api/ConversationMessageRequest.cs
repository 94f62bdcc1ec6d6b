namespace HealthAgent.Bot.Api;

/// <summary>Body of <c>POST /api/v1/conversations/{userId}/messages</c>; <see cref="MessageId"/> lets the Api ignore a repeat.</summary>
public sealed record ConversationMessageRequest(string? Text, ReplyImage? Image, string? MessageId);
