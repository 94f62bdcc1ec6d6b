namespace HealthAgent.Contracts.Conversations;

/// <summary>Body of <c>POST …/conversation/messages</c>: text, a photo, a photo with a caption, a shared location, or a voice note.</summary>
/// <param name="Text">What the user wrote (the caption of a photo).</param>
/// <param name="Image">A photo, or null.</param>
/// <param name="MessageId">The channel's id of the message; a repeated id gets the stored answer.</param>
/// <param name="Location">A shared location, or null.</param>
/// <param name="Voice">A voice note, or null: it is transcribed and answered as text.</param>
public sealed record MessageRequest(string? Text, ReplyImage? Image, string? MessageId, SharedLocation? Location = null, VoiceNote? Voice = null);
