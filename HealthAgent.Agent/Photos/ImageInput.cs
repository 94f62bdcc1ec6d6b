namespace HealthAgent.Agent.Photos;

/// <summary>An image the user sent, already checked to be one.</summary>
/// <param name="Bytes">The image bytes.</param>
/// <param name="MimeType">Its media type as detected from the bytes (<c>image/jpeg</c>, <c>image/png</c>, …).</param>
public sealed record ImageInput(byte[] Bytes, string MimeType)
{
    /// <summary>The media type of <paramref name="bytes"/> from its magic bytes, or null when it is not a JPEG, PNG, GIF or WebP image.</summary>
    public static string? DetectMimeType(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };
}
