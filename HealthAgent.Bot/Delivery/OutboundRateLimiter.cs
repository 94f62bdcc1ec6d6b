using HealthAgent.Bot.Telegram;
using Microsoft.Extensions.Options;

namespace HealthAgent.Bot.Delivery;

/// <summary>
/// Telegram's sending limits: at most one message per chat per <see cref="TelegramOptions.PerChatInterval"/> and
/// <see cref="TelegramOptions.GlobalPerSecond"/> messages overall. Callers queue (in arrival order per chat) rather
/// than being dropped; only when the wait would exceed <see cref="TelegramOptions.MaxQueueDelay"/> is the queue saturated.
/// </summary>
public sealed class OutboundRateLimiter(IOptions<TelegramOptions> options, TimeProvider time)
{
    private readonly TelegramOptions _options = options.Value;
    private readonly Lock _lock = new();
    private readonly Dictionary<long, ChatLane> _lanes = [];
    private DateTimeOffset _nextGlobalSlot = DateTimeOffset.MinValue;

    /// <summary>Waits until a message to <paramref name="chatId"/> may be sent.</summary>
    /// <exception cref="OutboundQueueFullException">The wait would be longer than the queue allows.</exception>
    public async Task WaitTurnAsync(long chatId, CancellationToken cancellationToken)
    {
        var lane = Enter(chatId);
        try
        {
            // Async waiters of a SemaphoreSlim are released in arrival order, which keeps one chat's messages in order.
            await lane.Gate.WaitAsync(cancellationToken);
            try
            {
                var chatReady = lane.LastSent + _options.PerChatInterval - time.GetUtcNow();
                if (chatReady > TimeSpan.Zero)
                {
                    await Task.Delay(chatReady, time, cancellationToken);
                }

                var globalWait = ReserveGlobalSlot(out var slot);
                if (globalWait > TimeSpan.Zero)
                {
                    await Task.Delay(globalWait, time, cancellationToken);
                }

                lane.LastSent = slot;
            }
            finally
            {
                lane.Gate.Release();
            }
        }
        finally
        {
            Leave(chatId, lane);
        }
    }

    private ChatLane Enter(long chatId)
    {
        lock (_lock)
        {
            if (!_lanes.TryGetValue(chatId, out var lane))
            {
                lane = new ChatLane();
                _lanes[chatId] = lane;
            }

            var queued = lane.Pending * _options.PerChatInterval;
            var globalBacklog = _nextGlobalSlot - time.GetUtcNow();
            if (queued > _options.MaxQueueDelay || globalBacklog > _options.MaxQueueDelay)
            {
                throw new OutboundQueueFullException(queued > globalBacklog ? queued : globalBacklog);
            }

            lane.Pending++;
            return lane;
        }
    }

    private void Leave(long chatId, ChatLane lane)
    {
        lock (_lock)
        {
            lane.Pending--;
            // Keep the lane while its last message is recent enough to constrain the next one.
            if (lane.Pending == 0 && lane.LastSent + _options.PerChatInterval <= time.GetUtcNow())
            {
                _lanes.Remove(chatId);
            }
            else if (_lanes.Count > 10_000)
            {
                var now = time.GetUtcNow();
                foreach (var id in _lanes.Where(l => l.Value.Pending == 0 && l.Value.LastSent + _options.PerChatInterval <= now).Select(l => l.Key).ToList())
                {
                    _lanes.Remove(id);
                }
            }
        }
    }

    private TimeSpan ReserveGlobalSlot(out DateTimeOffset slot)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            slot = _nextGlobalSlot > now ? _nextGlobalSlot : now;
            _nextGlobalSlot = slot + TimeSpan.FromSeconds(1.0 / _options.GlobalPerSecond);
            return slot - now;
        }
    }

    private sealed class ChatLane
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset LastSent { get; set; } = DateTimeOffset.MinValue;

        public int Pending { get; set; }
    }
}
