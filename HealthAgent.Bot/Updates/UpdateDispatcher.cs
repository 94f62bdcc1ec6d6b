using HealthAgent.Bot.Api;
using HealthAgent.Bot.Delivery;
using HealthAgent.Bot.Rendering;
using HealthAgent.Bot.Telegram;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace HealthAgent.Bot.Updates;

/// <summary>
/// Runs updates through the handler: one chat's updates in order, chats in parallel up to
/// <see cref="TelegramOptions.MaxParallelChats"/>, each update id once. While the Api is unavailable an update is kept
/// and retried with backoff (the user is told once); it is given up only when retrying cannot help.
/// </summary>
public sealed class UpdateDispatcher(
    IUpdateHandler handler, ProcessedUpdates processed, ReplySender replies, IOptions<TelegramOptions> options, TimeProvider time,
    ILogger<UpdateDispatcher> logger)
{
    private readonly TelegramOptions _options = options.Value;
    private readonly SemaphoreSlim _parallel = new(options.Value.MaxParallelChats, options.Value.MaxParallelChats);
    private readonly Lock _lock = new();
    private readonly Dictionary<long, (SemaphoreSlim Gate, int Users)> _chatGates = [];
    private readonly HashSet<long> _noticed = [];

    /// <summary>
    /// Handles a batch from <c>getUpdates</c> and returns the offset to confirm: past every update handled, but not past
    /// one left unhandled because the service is stopping.
    /// </summary>
    public async Task<int> DispatchBatchAsync(IReadOnlyList<Update> updates, CancellationToken stopping)
    {
        var lanes = updates.GroupBy(u => u.ChatId() ?? 0)
            .Select(lane => RunLaneAsync([.. lane.OrderBy(u => u.Id)], stopping));
        var unhandled = (await Task.WhenAll(lanes)).OfType<int>().ToList();
        return unhandled.Count > 0 ? unhandled.Min() : updates.Max(u => u.Id) + 1;
    }

    /// <summary>Handles one update (webhook mode); false when it was left unhandled because the service is stopping.</summary>
    public Task<bool> DispatchOneAsync(Update update, CancellationToken stopping) => HandleOneAsync(update, stopping);

    // Returns the id of the first update left unhandled, or null when all were handled.
    private async Task<int?> RunLaneAsync(IReadOnlyList<Update> lane, CancellationToken stopping)
    {
        foreach (var update in lane)
        {
            if (!await HandleOneAsync(update, stopping))
            {
                return update.Id;
            }
        }

        return null;
    }

    private async Task<bool> HandleOneAsync(Update update, CancellationToken stopping)
    {
        var chatId = update.ChatId() ?? 0;
        var gate = EnterChat(chatId);
        try
        {
            try
            {
                await gate.WaitAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            try
            {
                return await HandleInChatAsync(update, chatId, stopping);
            }
            finally
            {
                gate.Release();
            }
        }
        finally
        {
            LeaveChat(chatId);
        }
    }

    private async Task<bool> HandleInChatAsync(Update update, long chatId, CancellationToken stopping)
    {
        if (await AlreadyHandledAsync(update.Id))
        {
            logger.LogInformation("Update {UpdateId} was handled before; skipping the redelivery.", update.Id);
            return true;
        }

        try
        {
            await _parallel.WaitAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var (done, wait) = await TryHandleAsync(update, chatId);
                if (done)
                {
                    break;
                }

                try
                {
                    await Task.Delay(wait ?? Backoff(attempt), time, stopping);
                }
                catch (OperationCanceledException)
                {
                    // Not recorded and not confirmed: Telegram delivers it again after the restart.
                    return false;
                }
            }
        }
        finally
        {
            _parallel.Release();
        }

        lock (_lock)
        {
            _noticed.Remove(chatId);
        }

        await processed.MarkHandledAsync(update.Id, CancellationToken.None);
        return true;
    }

    // Done when the update is answered, or given up because retrying cannot help; otherwise retried after Wait (or a backoff).
    // In-flight work is not cancelled on shutdown, so that an update being answered is answered completely.
    private async Task<(bool Done, TimeSpan? Wait)> TryHandleAsync(Update update, long chatId)
    {
        try
        {
            await handler.HandleAsync(update, CancellationToken.None);
            return (true, null);
        }
        catch (ApiUnavailableException ex) when (ex.RateLimitedFor is { } wait)
        {
            logger.LogInformation("Update {UpdateId}: the user is rate-limited for {Seconds} s; answering afterwards.", update.Id, wait.TotalSeconds);
            await NoticeOnceAsync(chatId, BotTexts.SlowDown(wait));
            return (false, wait);
        }
        catch (ApiUnavailableException ex)
        {
            logger.LogWarning("Update {UpdateId}: the Api is unavailable ({Reason}); keeping it to retry.", update.Id, ex.Message);
            await NoticeOnceAsync(chatId, BotTexts.Trouble);
            return (false, null);
        }
        catch (Exception ex) when (ex is OutboundQueueFullException or HttpRequestException or TaskCanceledException
            or StackExchange.Redis.RedisException or TimeoutException || ex is RequestException telegram && telegram.IsTransient())
        {
            logger.LogWarning("Update {UpdateId}: Telegram or Redis is unavailable ({Reason}); keeping it to retry.", update.Id, TokenRedaction.Redact(ex.Message));
            // A 429 that outlasted Telegram.Bot's own retries says how long to wait.
            return (false, (ex as RequestException)?.RetryAfter());
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Update {UpdateId} could not be handled and is dropped: retrying cannot help.", update.Id);
            return (true, null);
        }
    }

    private async Task NoticeOnceAsync(long chatId, string notice)
    {
        lock (_lock)
        {
            if (chatId == 0 || !_noticed.Add(chatId))
            {
                return;
            }
        }

        try
        {
            await replies.SendTextAsync(chatId, notice, CancellationToken.None);
        }
        catch (Exception ex) when (ex is RequestException or OutboundQueueFullException or TaskCanceledException)
        {
            logger.LogWarning("Could not tell chat {ChatId} about the outage: {Reason}", chatId, TokenRedaction.Redact(ex.Message));
        }
    }

    private async Task<bool> AlreadyHandledAsync(long updateId)
    {
        try
        {
            return await processed.WasHandledAsync(updateId, CancellationToken.None);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not check whether update {UpdateId} was handled; handling it.", updateId);
            return false;
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = _options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 16));
        return delay < _options.RetryMaxDelay ? delay : _options.RetryMaxDelay;
    }

    private SemaphoreSlim EnterChat(long chatId)
    {
        lock (_lock)
        {
            (SemaphoreSlim Gate, int Users) entry = _chatGates.TryGetValue(chatId, out var found) ? found : (new SemaphoreSlim(1, 1), 0);
            _chatGates[chatId] = (entry.Gate, entry.Users + 1);
            return entry.Gate;
        }
    }

    private void LeaveChat(long chatId)
    {
        lock (_lock)
        {
            var entry = _chatGates[chatId];
            if (entry.Users == 1)
            {
                _chatGates.Remove(chatId);
                entry.Gate.Dispose();
            }
            else
            {
                _chatGates[chatId] = (entry.Gate, entry.Users - 1);
            }
        }
    }
}
