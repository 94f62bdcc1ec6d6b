using System.Globalization;
using Telegram.Bot.Types;

namespace HealthAgent.Bot.Updates;

/// <summary>The name the Bot registers a Telegram user with.</summary>
public static class TelegramUserName
{
    /// <summary>First and last name, else the username, else the id.</summary>
    public static string DisplayName(this User user) =>
        string.Join(' ', new[] { user.FirstName, user.LastName }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } name
            ? name
            : user.Username ?? user.Id.ToString(CultureInfo.InvariantCulture);
}
