namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock moves only when a test calls <see cref="Advance"/>; timers that fall due fire
/// synchronously during the call, in order of due time.
/// </summary>
/// <param name="start">The initial time; by default 2025-01-01T00:00Z.</param>
public sealed class FakeTimeProvider(DateTimeOffset? start = null) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now = start ?? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_lock)
        {
            target = _now + by;
        }

        while (NextDue(target) is { } timer)
        {
            timer.Fire();
        }

        lock (_lock)
        {
            _now = target;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    internal void Schedule(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                timer.DueAt = _now + dueTime;
                timer.Period = period;
                _timers.Add(timer);
            }
        }
    }

    internal void Remove(FakeTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    // Takes the earliest due timer off the list, moving the clock to its due time and re-arming it when periodic.
    private FakeTimer? NextDue(DateTimeOffset target)
    {
        lock (_lock)
        {
            var timer = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
            if (timer is null)
            {
                return null;
            }

            _now = timer.DueAt > _now ? timer.DueAt : _now;
            _timers.Remove(timer);
            if (timer.Period > TimeSpan.Zero && timer.Period != Timeout.InfiniteTimeSpan)
            {
                timer.DueAt += timer.Period;
                _timers.Add(timer);
            }

            return timer;
        }
    }
}
