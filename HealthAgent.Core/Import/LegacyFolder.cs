using System.Security.Cryptography;
using System.Text;

namespace HealthAgent.Core.Import;

/// <summary>One file of a legacy user folder as read: its checksum always, its text when it is UTF-8 (docs/memory-import.md).</summary>
/// <param name="Name">The file name, such as <c>profile.md</c>.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="LastWriteUtc">When it was last written: the date given to an imported weight.</param>
/// <param name="Known">Whether it is one of the four files the old service wrote.</param>
/// <param name="Text">Its text, or null when it could not be read as UTF-8 (see <paramref name="Problem"/>).</param>
/// <param name="Problem">Why it was not read, or null.</param>
public sealed record LegacyFile(string Name, string Sha256, long Bytes, DateTimeOffset LastWriteUtc, bool Known, string? Text, string? Problem);

/// <summary>A legacy user folder (<c>{telegram_id}/</c>) and its files, read but never written.</summary>
/// <param name="TelegramId">The folder's name: the user's Telegram id.</param>
/// <param name="Files">Every file in it, by name.</param>
public sealed record LegacyFolder(long TelegramId, IReadOnlyList<LegacyFile> Files)
{
    /// <summary>The files the old service wrote; any other file is reported, not read.</summary>
    public static readonly IReadOnlySet<string> KnownFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "profile.md", "preferences.md", "patterns.md", "food_history.md",
    };

    /// <summary>The largest file read; a bigger one is reported (the old service's files are a few kilobytes).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the folder <paramref name="path"/> (only reads: files are opened read-only and shared).</summary>
    public static LegacyFolder Read(long telegramId, string path) =>
        new(telegramId, [.. Directory.EnumerateFiles(path).Order(StringComparer.Ordinal).Select(ReadFile)]);

    private static LegacyFile ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        var known = KnownFiles.Contains(name);
        var info = new FileInfo(path);
        var written = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
        if (info.Length > MaxFileBytes)
        {
            using var large = File.OpenRead(path);
            return new LegacyFile(name, Convert.ToHexStringLower(SHA256.HashData(large)), info.Length, written, known, null,
                $"larger than {MaxFileBytes / 1024} KB; not read");
        }
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LegacyFile(name, "", 0, written, known, null, $"unreadable: {e.Message}");
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!known)
        {
            return new LegacyFile(name, sha, bytes.Length, written, known, null, null);
        }
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return new LegacyFile(name, sha, bytes.Length, written, known, text.TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException e)
        {
            return new LegacyFile(name, sha, bytes.Length, written, known, null,
                $"not UTF-8 (byte 0x{e.BytesUnknown?.FirstOrDefault():X2} at offset {e.Index}); convert it (iconv -f latin1 -t utf-8) and run again");
        }
    }
}
