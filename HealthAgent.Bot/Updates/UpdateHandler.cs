using HealthAgent.Contracts.Commands;
using HealthAgent.Contracts.Conversations;
using System.Globalization;
using HealthAgent.Bot.Api;
using HealthAgent.Bot.Delivery;
using HealthAgent.Bot.Rendering;
using HealthAgent.Bot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Extensions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HealthAgent.Bot.Updates;

/// <summary>
/// Thin routing from Telegram to the Api: text and photos to the conversation, commands to the commands endpoint,
/// button presses to the actions endpoint. The meaning of anything the user says is decided by the Api.
/// </summary>
public sealed class UpdateHandler(
    ITelegramBotClient telegram, HealthApiClient api, ReplySender replies, BotIdentity identity, ChatStatus chats, ILogger<UpdateHandler> logger)
    : IUpdateHandler
{
    public const string DeleteConfirmAction = "bot:delete:confirm";
    public const string DeleteCancelAction = "bot:delete:cancel";

    public Task HandleAsync(Update update, CancellationToken cancellationToken) => update switch
    {
        { CallbackQuery: { } query } => HandleCallbackAsync(query, cancellationToken),
        { Message: { } message } => HandleMessageAsync(message, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task HandleMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.From is not { IsBot: false } from)
        {
            return;
        }

        var text = message.Text ?? message.Caption;
        if (message.Chat.Type is ChatType.Group or ChatType.Supergroup or ChatType.Channel)
        {
            var me = await identity.GetAsync(cancellationToken);
            if (message.Chat.Type == ChatType.Channel || !IsAddressed(message, text, me))
            {
                return;
            }

            text = text?.Replace("@" + me.Username, "", StringComparison.OrdinalIgnoreCase).Trim();
        }

        var chatId = message.Chat.Id;
        await chats.MarkActiveAsync(chatId, cancellationToken);
        var userId = await api.EnsureUserAsync(from.Id, from.DisplayName(), from.LanguageCode, cancellationToken);

        if (BotCommandText.Parse(message.Text is null ? null : text) is { } command)
        {
            await HandleCommandAsync(chatId, userId, from.Id, command, cancellationToken);
        }
        else if (message.Photo is { Length: > 0 } photo)
        {
            await Typing(chatId, cancellationToken);
            var image = await DownloadPhotoAsync(photo, cancellationToken);
            await ReplyAsync(chatId, await api.SendMessageAsync(userId, new MessageRequest(text, image, MessageKey(message)), cancellationToken), cancellationToken);
        }
        else if (message.Location is { } location)
        {
            var shared = new MessageRequest(null, null, MessageKey(message), new SharedLocation(location.Latitude, location.Longitude));
            await ReplyAsync(chatId, await api.SendMessageAsync(userId, shared, cancellationToken), cancellationToken);
        }
        else if (message.Voice is { } voice)
        {
            await Typing(chatId, cancellationToken);
            await using var audio = new MemoryStream();
            await telegram.GetInfoAndDownloadFile(voice.FileId, audio, cancellationToken);
            var note = new VoiceNote(Convert.ToBase64String(audio.GetBuffer(), 0, (int)audio.Length), voice.MimeType ?? "audio/ogg");
            await ReplyAsync(chatId, await api.SendMessageAsync(userId, new MessageRequest(null, null, MessageKey(message), null, note), cancellationToken), cancellationToken);
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            await Typing(chatId, cancellationToken);
            await ReplyAsync(chatId, await api.SendMessageAsync(userId, new MessageRequest(text, null, MessageKey(message)), cancellationToken), cancellationToken);
        }
        else
        {
            await replies.SendTextAsync(chatId, BotTexts.Unsupported, cancellationToken);
        }
    }

    private async Task HandleCommandAsync(long chatId, Guid userId, long telegramId, BotCommandText command, CancellationToken cancellationToken)
    {
        switch (command.Name)
        {
            case var name when ChatCommands.IsAnsweredByApi(name):
                await ReplyAsync(chatId, await api.SendCommandAsync(userId, name, command.Args, cancellationToken), cancellationToken);
                break;
            case "clear":
                await api.ClearTurnsAsync(userId, cancellationToken);
                await replies.SendTextAsync(chatId, BotTexts.Cleared, cancellationToken);
                break;
            case "export":
                await SendExportAsync(chatId, userId, cancellationToken);
                break;
            case "delete_me":
                await replies.SendTextAsync(chatId, BotTexts.DeleteQuestion, cancellationToken,
                    [[new ReplyButton(BotTexts.DeleteConfirmLabel, DeleteConfirmAction), new ReplyButton(BotTexts.DeleteCancelLabel, DeleteCancelAction)]]);
                break;
            default:
                logger.LogDebug("Unknown command /{Command} from {TelegramId}", command.Name, telegramId);
                await replies.SendTextAsync(chatId, BotTexts.UnknownCommand, cancellationToken);
                break;
        }
    }

    private async Task HandleCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        await AnswerQuietlyAsync(query.Id, cancellationToken);
        if (query.Data is not { Length: > 0 } action || query.From.IsBot)
        {
            return;
        }

        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        await chats.MarkActiveAsync(chatId, cancellationToken);
        var userId = await api.EnsureUserAsync(query.From.Id, query.From.DisplayName(), query.From.LanguageCode, cancellationToken);
        ConversationReply reply;
        if (action == DeleteConfirmAction)
        {
            await api.DeleteUserAsync(userId, cancellationToken);
            api.Forget(query.From.Id);
            reply = ConversationReply.Plain(BotTexts.Deleted);
        }
        else if (action == DeleteCancelAction)
        {
            reply = ConversationReply.Plain(BotTexts.DeleteCancelled);
        }
        else
        {
            reply = (await api.SendActionAsync(userId, action, cancellationToken)).Reply;
        }

        // A message without an id (some emulators) cannot be edited; the reply then comes as a new message.
        if (query.Message is { MessageId: > 0 } pressed)
        {
            await replies.EditAsync(chatId, pressed.MessageId, reply, cancellationToken);
        }
        else
        {
            await replies.SendAsync(chatId, reply, cancellationToken);
        }
    }

    private async Task ReplyAsync(long chatId, ConversationResponse response, CancellationToken cancellationToken) =>
        await replies.SendAsync(chatId, response.Reply, cancellationToken);

    private async Task SendExportAsync(long chatId, Guid userId, CancellationToken cancellationToken)
    {
        await Typing(chatId, cancellationToken, ChatAction.UploadDocument);
        await using var export = new MemoryStream(await api.ExportAsync(userId, cancellationToken));
        await telegram.SendDocument(chatId, InputFile.FromStream(export, "healthagent-export.json"), HtmlText.Escape(BotTexts.ExportCaption),
            ParseMode.Html, cancellationToken: cancellationToken);
    }

    private async Task<ReplyImage> DownloadPhotoAsync(PhotoSize[] sizes, CancellationToken cancellationToken)
    {
        var largest = sizes.MaxBy(s => (long)s.Width * s.Height)!;
        await using var photo = new MemoryStream();
        await telegram.GetInfoAndDownloadFile(largest.FileId, photo, cancellationToken);
        return new ReplyImage(Convert.ToBase64String(photo.GetBuffer(), 0, (int)photo.Length), "image/jpeg");
    }

    // The pressed button's spinner stops when the query is answered; failing to answer must not block the reply.
    private async Task AnswerQuietlyAsync(string queryId, CancellationToken cancellationToken)
    {
        try
        {
            await telegram.AnswerCallbackQuery(queryId, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogInformation("answerCallbackQuery failed: {Description}", TokenRedaction.Redact(ex.Message));
        }
    }

    private async Task Typing(long chatId, CancellationToken cancellationToken, ChatAction action = ChatAction.Typing)
    {
        try
        {
            await telegram.SendChatAction(chatId, action, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogDebug("sendChatAction failed: {Description}", TokenRedaction.Redact(ex.Message));
        }
    }

    private static bool IsAddressed(Message message, string? text, User me) =>
        message.ReplyToMessage?.From?.Id == me.Id
        || (me.Username is { Length: > 0 } name && text?.Contains("@" + name, StringComparison.OrdinalIgnoreCase) == true)
        || BotCommandText.Parse(text) is { Target: null };

    private static string MessageKey(Message message) =>
        string.Create(CultureInfo.InvariantCulture, $"tg:{message.Chat.Id}:{message.MessageId}");
}
