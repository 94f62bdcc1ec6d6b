namespace HealthAgent.Bot.Telegram;

/// <summary>Text rules of the Bot API: HTML parse mode escaping and the 4096-character message limit.</summary>
public static class TelegramText
{
    /// <summary>The most characters one message may show (counted after entities are parsed).</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>The parse mode every message of ours uses.</summary>
    public const string Html = "HTML";

    /// <summary>Escapes the three characters HTML parse mode reserves, so plain text shows exactly as written.</summary>
    public static string EscapeHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Splits plain text into messages of at most <paramref name="maxLength"/> characters, preferring paragraph breaks,
    /// then line breaks, then spaces, so that a long reply reads naturally across messages.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength = MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > maxLength)
        {
            var cut = CutPoint(rest, maxLength);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', '\r', ' ');
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int CutPoint(string text, int maxLength)
    {
        var window = text[..maxLength];
        foreach (var separator in (string[])["\n\n", "\n", " "])
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return at + separator.Length;
            }
        }

        // No break at all: cut hard, but never between the two halves of a surrogate pair.
        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
