extern alias bot;

using System.Collections.Concurrent;
using bot::HealthAgent.Bot.Updates;
using Telegram.Bot.Types;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>An update handler that records what it handled, in which order and how many ran at once.</summary>
public sealed class RecordingHandler(Func<Update, Task>? behaviour = null) : IUpdateHandler
{
    private readonly ConcurrentQueue<int> _handled = new();
    private readonly ConcurrentDictionary<long, int> _runningPerChat = new();
    private int _running;
    private int _maxRunning;
    private int _maxRunningInOneChat;

    public IReadOnlyList<int> Handled => [.. _handled];

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int MaxRunningInOneChat => Volatile.Read(ref _maxRunningInOneChat);

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var chat = update.ChatId() ?? 0;
        Raise(ref _maxRunning, Interlocked.Increment(ref _running));
        Raise(ref _maxRunningInOneChat, _runningPerChat.AddOrUpdate(chat, 1, (_, n) => n + 1));
        try
        {
            await (behaviour?.Invoke(update) ?? Task.Delay(30, cancellationToken));
            _handled.Enqueue(update.Id);
        }
        finally
        {
            _runningPerChat.AddOrUpdate(chat, 0, (_, n) => n - 1);
            Interlocked.Decrement(ref _running);
        }
    }

    private static void Raise(ref int max, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref max)) && Interlocked.CompareExchange(ref max, value, seen) != seen)
        {
        }
    }
}
