namespace HealthAgent.Bot.Telegram.Models;

/// <summary>A Telegram user or bot.</summary>
public sealed record User(long Id, bool IsBot = false, string? FirstName = null, string? LastName = null, string? Username = null, string? LanguageCode = null)
{
    /// <summary>The name to greet the user by.</summary>
    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } name
        ? name
        : Username ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
