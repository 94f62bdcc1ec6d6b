namespace HealthAgent.Bot.Telegram.Models;

/// <summary>A press on an inline button; <see cref="Message"/> is the message that carried the button.</summary>
public sealed record CallbackQuery(string Id, User From, Message? Message = null, string? Data = null);
