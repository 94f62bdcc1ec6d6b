namespace HealthAgent.Core.Gamification;

/// <summary>One rewarded action in the XP ledger; (<see cref="UserId"/>, <see cref="SourceKey"/>) is unique.</summary>
public sealed class XpEvent
{
    /// <summary>The event id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The kind of action.</summary>
    public ActivityKind Kind { get; set; }

    /// <summary>The caller's stable key for the action (for example <c>tracking:weight:{id}</c>); replays reuse it.</summary>
    public required string SourceKey { get; set; }

    /// <summary>XP awarded.</summary>
    public int Xp { get; set; }

    /// <summary>When the action happened (UTC).</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>When the event was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
