namespace HealthAgent.Core.Gamification;

/// <summary>
/// A user's running total of one kind of rewarded action (table <c>xp_totals</c>), kept by a trigger on the ledger in
/// the ledger row's own transaction; read-only here.
/// </summary>
public sealed class XpTotal
{
    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The kind of action.</summary>
    public ActivityKind Kind { get; set; }

    /// <summary>How many were rewarded.</summary>
    public int Events { get; set; }

    /// <summary>The XP they earned together.</summary>
    public long Xp { get; set; }
}
