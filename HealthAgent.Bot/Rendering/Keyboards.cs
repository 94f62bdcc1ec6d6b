using HealthAgent.Contracts.Conversations;
using Telegram.Bot.Types.ReplyMarkups;

namespace HealthAgent.Bot.Rendering;

/// <summary>Turns the Api's button rows into Telegram's inline keyboard.</summary>
public static class Keyboards
{
    /// <summary>The keyboard, or null when there are no buttons.</summary>
    public static InlineKeyboardMarkup? From(IReadOnlyList<IReadOnlyList<ReplyButton>>? rows)
    {
        var keyboard = (rows ?? [])
            .Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Action)).ToArray())
            .Where(row => row.Length > 0)
            .ToList();
        return keyboard.Count == 0 ? null : new InlineKeyboardMarkup(keyboard);
    }
}
