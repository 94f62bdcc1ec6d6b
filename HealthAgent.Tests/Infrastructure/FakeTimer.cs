namespace HealthAgent.Tests.Infrastructure;

/// <summary>A timer of <see cref="FakeTimeProvider"/>; it fires only when the fake clock is advanced past its due time.</summary>
internal sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
{
    public DateTimeOffset DueAt { get; set; }

    public TimeSpan Period { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        owner.Schedule(this, dueTime, period);
        return true;
    }

    public void Fire() => callback(state);

    public void Dispose() => owner.Remove(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
