namespace HealthAgent.Contracts.Conversations;

/// <summary>An image carried inline, base64-encoded: a chart in a reply, or a food photo in a message.</summary>
/// <param name="Base64">The image bytes, base64-encoded.</param>
/// <param name="MimeType">For example <c>image/png</c>.</param>
public sealed record ReplyImage(string Base64, string MimeType);
