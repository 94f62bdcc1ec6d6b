using HealthAgent.Core.Gamification;

namespace HealthAgent.Agent.Tools.Profile;

/// <summary><c>get_progress</c>: XP, level, streaks and achievements.</summary>
public sealed class ProgressTool(GamificationService gamification) : ReadTool("get_progress",
    "The user's XP, level, streaks (current and best) and achievements.")
{
    /// <inheritdoc />
    protected override async Task<object> ReadAsync(Guid userId, CancellationToken cancellationToken) =>
        await gamification.GetProfileAsync(userId, cancellationToken);
}
