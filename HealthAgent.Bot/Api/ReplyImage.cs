namespace HealthAgent.Bot.Api;

/// <summary>An image, base64-encoded, in either direction.</summary>
public sealed record ReplyImage(string Base64, string MimeType);
