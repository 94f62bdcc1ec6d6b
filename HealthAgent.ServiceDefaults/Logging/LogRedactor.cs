using System.Text.RegularExpressions;

namespace HealthAgent.ServiceDefaults.Logging;

/// <summary>
/// Removes secrets from text before it is logged: Telegram bot tokens, HealthAgent API keys, credentials in
/// connection strings and URLs, and <c>Authorization</c> values. It works on any text, because a secret can reach a
/// log through a message argument, a scope, an exception message or a library's own message alike.
/// </summary>
public static partial class LogRedactor
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "[REDACTED]";

    private static readonly string[] SecretNameParts = ["password", "pwd", "secret", "token", "apikey", "api_key", "authorization", "credential"];

    private static readonly string[] ExactSecretNames = ["key", "servicekey", "adminkey", "connectionstring"];

    /// <summary>Returns <paramref name="text"/> with every recognised secret replaced by <see cref="Mask"/>.</summary>
    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        text = AuthorizationHeader().Replace(text, m => m.Groups[1].Value + Mask);
        text = BearerCredential().Replace(text, m => m.Groups[1].Value + " " + Mask);
        text = BotToken().Replace(text, Mask);
        text = ApiKey().Replace(text, Mask);
        text = ConnectionStringSecret().Replace(text, m => m.Groups[1].Value + Mask);
        return UrlUserInfo().Replace(text, m => m.Groups[1].Value + Mask + "@");
    }

    /// <summary>Whether a field with this name holds a secret whatever its value looks like (<c>Password</c>, <c>ApiKey</c>, <c>Authorization</c>…).</summary>
    public static bool IsSecretName(string name)
    {
        var lower = name.ToLowerInvariant();
        return ExactSecretNames.Contains(lower) || SecretNameParts.Any(part => lower.Contains(part, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?i)(\bauthorization[""']?\s*[:=]\s*[""']?)[^""'\r\n,;}]+")]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(@"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{4,}")]
    private static partial Regex BearerCredential();

    // Telegram's format: the bot's numeric id, a colon, and a 35-character secret.
    [GeneratedRegex(@"\d{5,}:[A-Za-z0-9_-]{30,}")]
    private static partial Regex BotToken();

    [GeneratedRegex(@"\bha_[A-Za-z0-9]{6,}_[A-Za-z0-9_-]{8,}")]
    private static partial Regex ApiKey();

    [GeneratedRegex(@"(?i)\b((?:password|pwd|secret|token|api[-_]?key|key)\s*=\s*)[^;,\s""']+")]
    private static partial Regex ConnectionStringSecret();

    [GeneratedRegex(@"(://[^/\s:@]+:)[^@/\s]+@")]
    private static partial Regex UrlUserInfo();
}
