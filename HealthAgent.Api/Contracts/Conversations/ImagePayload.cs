namespace HealthAgent.Api.Contracts.Conversations;

/// <summary>An image in a conversation message.</summary>
public sealed record ImagePayload(string? Base64, string? MimeType);
