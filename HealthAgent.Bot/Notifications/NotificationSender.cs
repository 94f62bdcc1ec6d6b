using HealthAgent.Contracts.Conversations;
using HealthAgent.Contracts.Notifications;
using StackExchange.Redis;
using System.Globalization;
using HealthAgent.Bot.Api;
using HealthAgent.Bot.Delivery;
using HealthAgent.Bot.Rendering;
using HealthAgent.Bot.Telegram;
using Telegram.Bot.Exceptions;

namespace HealthAgent.Bot.Notifications;

/// <summary>
/// Delivers a notification once per idempotency key. The key is claimed in Redis before sending and released when
/// sending fails, so the Worker can retry; once sent it is kept for 8 days with the message id.
/// </summary>
public sealed class NotificationSender(ReplySender replies, ChatStatus chats, IConnectionMultiplexer redis)
{
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Remember = TimeSpan.FromDays(8);

    /// <summary>Sends the notification or reports the earlier send.</summary>
    /// <exception cref="ApiRequestException">Telegram refused; 403 when the chat blocked the bot (now or earlier).</exception>
    /// <exception cref="OutboundQueueFullException">The outbound queue is saturated.</exception>
    /// <exception cref="RequestException">Telegram is unavailable.</exception>
    public async Task<NotificationResult> SendAsync(NotificationRequest request, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var key = $"bot:notification:{request.IdempotencyKey}";
        if (!await db.StringSetAsync(key, "pending", Claim, StackExchange.Redis.When.NotExists))
        {
            var previous = (string?)await db.StringGetAsync(key);
            return new NotificationResult(NotificationResult.Duplicate,
                previous is { } value && value.StartsWith("sent:", StringComparison.Ordinal) && long.TryParse(value[5..], CultureInfo.InvariantCulture, out var id) ? id : null);
        }

        try
        {
            if (await chats.IsInactiveAsync(request.TelegramChatId, cancellationToken))
            {
                throw new ApiRequestException("Forbidden: the chat blocked the bot earlier", StatusCodes.Status403Forbidden);
            }

            var message = await replies.SendAsync(request.TelegramChatId, new ConversationReply(request.Text, request.Buttons ?? [], request.Image), cancellationToken);
            await db.StringSetAsync(key, string.Create(CultureInfo.InvariantCulture, $"sent:{message?.MessageId}"), Remember);
            return new NotificationResult(NotificationResult.Sent, message?.MessageId);
        }
        catch (Exception ex)
        {
            if (ex is RequestException telegram && telegram.IsChatBlocked())
            {
                await chats.MarkInactiveAsync(request.TelegramChatId, CancellationToken.None);
            }

            await db.KeyDeleteAsync(key);
            throw;
        }
    }
}
