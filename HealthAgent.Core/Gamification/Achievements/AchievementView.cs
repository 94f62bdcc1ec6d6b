namespace HealthAgent.Core.Gamification;

/// <summary>An achievement as the user sees it: earned with its date, or locked with its trigger.</summary>
/// <param name="Code">Stable id.</param>
/// <param name="Title">Name.</param>
/// <param name="Trigger">How it is earned.</param>
/// <param name="EarnedAt">When it was earned; null while locked.</param>
public sealed record AchievementView(string Code, string Title, string Trigger, DateTimeOffset? EarnedAt)
{
    /// <summary>Whether the user has it.</summary>
    public bool Earned => EarnedAt is not null;
}
