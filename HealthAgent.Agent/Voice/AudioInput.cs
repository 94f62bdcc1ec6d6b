namespace HealthAgent.Agent.Voice;

/// <summary>A voice note's bytes and media type, checked by the Api before it reaches the agent.</summary>
/// <param name="Bytes">The audio.</param>
/// <param name="MimeType">One of <see cref="FileNames"/>' keys.</param>
public sealed record AudioInput(byte[] Bytes, string MimeType)
{
    /// <summary>The largest voice note accepted (a few minutes of Telegram's Opus).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The media types accepted, with the file name the transcription endpoint is given (it reads the format from the extension).</summary>
    public static readonly IReadOnlyDictionary<string, string> FileNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["audio/ogg"] = "voice.ogg", ["audio/opus"] = "voice.ogg", ["audio/mpeg"] = "voice.mp3", ["audio/mp4"] = "voice.m4a",
        ["audio/x-m4a"] = "voice.m4a", ["audio/wav"] = "voice.wav", ["audio/x-wav"] = "voice.wav", ["audio/webm"] = "voice.webm",
    };
}
