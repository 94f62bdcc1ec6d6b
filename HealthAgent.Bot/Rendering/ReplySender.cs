using HealthAgent.Contracts.Conversations;
using HealthAgent.Bot.Api;
using HealthAgent.Bot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Extensions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HealthAgent.Bot.Rendering;

/// <summary>Renders Api replies as Telegram messages: escaped HTML, split at 4096 characters, buttons under the last part.</summary>
public sealed class ReplySender(ITelegramBotClient telegram, ILogger<ReplySender> logger)
{
    /// <summary>Telegram's limit for a photo's caption.</summary>
    public const int MaxCaptionLength = 1024;

    /// <summary>
    /// Sends a reply as new messages; returns the last one Telegram accepted. A reply with an image whose text fits in a
    /// caption is one photo message, so it arrives whole or not at all (a retried notification never repeats its text).
    /// </summary>
    public async Task<Message?> SendAsync(long chatId, ConversationReply reply, CancellationToken cancellationToken)
    {
        var markup = Keyboards.From(reply.Buttons);
        if (reply.Image is { } captioned && HtmlText.Escape(reply.Text) is { Length: <= MaxCaptionLength } caption)
        {
            await using var picture = new MemoryStream(Convert.FromBase64String(captioned.Base64));
            return await telegram.SendPhoto(chatId, InputFile.FromStream(picture, ImageName(captioned.MimeType)), caption.Length == 0 ? null : caption,
                ParseMode.Html, replyMarkup: markup, cancellationToken: cancellationToken);
        }
        var parts = TelegramText.Split(reply.Text);
        Message? last = null;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Length == 0)
            {
                continue;
            }

            last = await telegram.SendMessage(chatId, HtmlText.Escape(parts[i]), ParseMode.Html,
                replyMarkup: i == parts.Count - 1 ? markup : null, cancellationToken: cancellationToken);
        }

        if (reply.Image is { } image)
        {
            await using var photo = new MemoryStream(Convert.FromBase64String(image.Base64));
            last = await telegram.SendPhoto(chatId, InputFile.FromStream(photo, ImageName(image.MimeType)), cancellationToken: cancellationToken);
        }

        return last;
    }

    /// <summary>Sends plain text (escaped), with optional buttons.</summary>
    public Task<Message?> SendTextAsync(long chatId, string text, CancellationToken cancellationToken, IReadOnlyList<IReadOnlyList<ReplyButton>>? buttons = null) =>
        SendAsync(chatId, new ConversationReply(text, buttons ?? []), cancellationToken);

    /// <summary>Shows a reply in place of a message whose button was pressed; what does not fit is sent as new messages.</summary>
    public async Task EditAsync(long chatId, int messageId, ConversationReply reply, CancellationToken cancellationToken)
    {
        var parts = TelegramText.Split(reply.Text);
        var markup = Keyboards.From(reply.Buttons);
        try
        {
            await telegram.EditMessageText(chatId, messageId, HtmlText.Escape(parts[0]), ParseMode.Html,
                parts.Count == 1 ? markup : null, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            // "message is not modified" or a message too old to edit: the reply is still shown, as a new message.
            logger.LogInformation("Could not edit message {MessageId}: {Description}", messageId, ex.Message);
            await SendAsync(chatId, reply, cancellationToken);
            return;
        }

        if (parts.Count > 1 || reply.Image is not null)
        {
            await SendAsync(chatId, reply with { Text = string.Join("\n\n", parts.Skip(1)) }, cancellationToken);
        }
    }

    private static string ImageName(string mimeType) => mimeType switch
    {
        "image/png" => "image.png",
        "image/webp" => "image.webp",
        _ => "image.jpg",
    };
}
