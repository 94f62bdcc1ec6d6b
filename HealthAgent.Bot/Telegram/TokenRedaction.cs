using System.Text.RegularExpressions;

namespace HealthAgent.Bot.Telegram;

/// <summary>Removes the bot token from Bot API URLs (<c>/bot&lt;token&gt;/method</c>, <c>/file/bot&lt;token&gt;/path</c>).</summary>
public static partial class TokenRedaction
{
    /// <summary>The text with every token replaced by <c>[redacted]</c>.</summary>
    public static string Redact(string text) => TokenInPath().Replace(text, "/bot[redacted]/");

    [GeneratedRegex(@"/bot[^/?#\s]+/")]
    private static partial Regex TokenInPath();
}
