namespace HealthAgent.Api.Contracts.Conversations;

/// <summary>A user's message: text, an image, or both (the text is then the photo's caption).</summary>
public sealed record MessageRequest(string? Text, ImagePayload? Image, string? MessageId);
