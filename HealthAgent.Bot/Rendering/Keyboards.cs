using HealthAgent.Contracts.Conversations;
using HealthAgent.Bot.Api;
using HealthAgent.Bot.Telegram.Models;

namespace HealthAgent.Bot.Rendering;

/// <summary>Turns the Api's button rows into Telegram's inline keyboard.</summary>
public static class Keyboards
{
    /// <summary>The keyboard, or null when there are no buttons.</summary>
    public static InlineKeyboardMarkup? From(IReadOnlyList<IReadOnlyList<ReplyButton>>? rows)
    {
        var keyboard = (rows ?? [])
            .Select(row => (IReadOnlyList<InlineKeyboardButton>)[.. row.Select(b => new InlineKeyboardButton(b.Label, b.Action))])
            .Where(row => row.Count > 0)
            .ToList();
        return keyboard.Count == 0 ? null : new InlineKeyboardMarkup(keyboard);
    }
}
