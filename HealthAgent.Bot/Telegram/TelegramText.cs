namespace HealthAgent.Bot.Telegram;

/// <summary>The Bot API's 4096-character message limit (escaping for HTML parse mode is Telegram.Bot's <c>HtmlText.Escape</c>).</summary>
public static class TelegramText
{
    /// <summary>The most characters one message may show (counted after entities are parsed).</summary>
    public const int MaxMessageLength = 4096;

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
