namespace HealthAgent.Core.Gamification;

/// <summary>An achievement a user has earned; (user, code) is the key, so each is earned once.</summary>
public sealed class UserAchievement
{
    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The <see cref="AchievementDefinition.Code"/>.</summary>
    public required string Code { get; set; }

    /// <summary>When the triggering action happened (UTC).</summary>
    public DateTimeOffset EarnedAt { get; set; }
}
