namespace HealthAgent.Bot.Telegram.Models;

/// <summary>An incoming update; at most one of the optional parts is set.</summary>
public sealed record Update(long UpdateId, Message? Message = null, Message? EditedMessage = null, CallbackQuery? CallbackQuery = null)
{
    /// <summary>The chat the update belongs to, which decides its ordering lane; null for kinds we do not handle.</summary>
    public long? ChatId => Message?.Chat.Id ?? CallbackQuery?.Message?.Chat.Id ?? CallbackQuery?.From.Id;
}
