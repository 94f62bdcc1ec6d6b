namespace HealthAgent.Core.Gamification;

/// <summary>A user's streak of one activity, in the user's local days. Changed only through <see cref="StreakRules"/>.</summary>
public sealed class Streak
{
    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>What the streak counts.</summary>
    public StreakActivity Activity { get; set; }

    /// <summary>Active days in the running streak (frozen days keep it alive but do not add to it); 0 when broken.</summary>
    public int Current { get; set; }

    /// <summary>The longest streak ever.</summary>
    public int Best { get; set; }

    /// <summary>The last local day with the activity.</summary>
    public DateOnly? LastActiveDate { get; set; }

    /// <summary>The last local day that is either active or bridged by a freeze.</summary>
    public DateOnly? CoveredThrough { get; set; }

    /// <summary>The month (its 1st) that <see cref="FreezesUsed"/> counts for; a new month starts again from zero.</summary>
    public DateOnly? FreezeMonth { get; set; }

    /// <summary>Freezes spent in <see cref="FreezeMonth"/>.</summary>
    public int FreezesUsed { get; set; }

    /// <summary>When the row last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
