namespace HealthAgent.Contracts.Conversations;

/// <summary>A voice note carried inline, base64-encoded (Telegram sends <c>audio/ogg</c> with Opus).</summary>
/// <param name="Base64">The audio bytes, base64-encoded.</param>
/// <param name="MimeType">For example <c>audio/ogg</c>.</param>
public sealed record VoiceNote(string Base64, string MimeType);
