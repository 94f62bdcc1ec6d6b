namespace HealthAgent.Bot.Updates;

/// <summary>A command in a message (<c>/name@bot args</c>).</summary>
public sealed record BotCommandText(string Name, string? Target, string? Args)
{
    /// <summary>Reads a command from text that starts with <c>/</c>; null otherwise.</summary>
    public static BotCommandText? Parse(string? text)
    {
        if (text is not { Length: > 1 } || text[0] != '/')
        {
            return null;
        }

        var space = text.IndexOfAny([' ', '\n']);
        var head = space < 0 ? text[1..] : text[1..space];
        var args = space < 0 ? null : text[(space + 1)..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        return new BotCommandText(
            (at < 0 ? head : head[..at]).ToLowerInvariant(),
            at < 0 ? null : head[(at + 1)..],
            string.IsNullOrEmpty(args) ? null : args);
    }
}
