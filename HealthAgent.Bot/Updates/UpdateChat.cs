using Telegram.Bot.Types;

namespace HealthAgent.Bot.Updates;

/// <summary>The chat an update belongs to, which decides its ordering lane.</summary>
public static class UpdateChat
{
    /// <summary>The chat of a message or of the message whose button was pressed; null for kinds we do not handle.</summary>
    public static long? ChatId(this Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id;
}
