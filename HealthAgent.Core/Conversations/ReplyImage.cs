namespace HealthAgent.Core.Conversations;

/// <summary>An image attached to a reply (for example a chart).</summary>
/// <param name="Base64">The image bytes, base64-encoded.</param>
/// <param name="MimeType">Its media type, such as <c>image/png</c>.</param>
public sealed record ReplyImage(string Base64, string MimeType);
