using System.Text.Json;

namespace HealthAgent.Bot.Telegram.Models;

/// <summary>A message. Kinds we only recognise (voice, documents, stickers…) are kept as raw JSON.</summary>
public sealed record Message(
    long MessageId,
    Chat Chat,
    long Date = 0,
    User? From = null,
    string? Text = null,
    string? Caption = null,
    IReadOnlyList<MessageEntity>? Entities = null,
    IReadOnlyList<PhotoSize>? Photo = null,
    Location? Location = null,
    JsonElement? Voice = null,
    JsonElement? Document = null,
    Message? ReplyToMessage = null,
    InlineKeyboardMarkup? ReplyMarkup = null);
