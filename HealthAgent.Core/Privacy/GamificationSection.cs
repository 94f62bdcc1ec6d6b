using HealthAgent.Core.Data;
using HealthAgent.Core.Gamification;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Privacy;

/// <summary>The XP ledger, streaks and earned achievements.</summary>
public sealed class GamificationSection(HealthDbContext db) : IUserDataSection
{
    /// <inheritdoc />
    public string Name => "gamification";

    /// <inheritdoc />
    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        xpEvents = await db.Set<XpEvent>().AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.OccurredAt)
            .Select(e => new { e.Kind, e.SourceKey, e.Xp, e.OccurredAt }).ToListAsync(cancellationToken),
        streaks = await db.Set<Streak>().AsNoTracking().Where(s => s.UserId == userId).ToListAsync(cancellationToken),
        achievements = await db.Set<UserAchievement>().AsNoTracking().Where(a => a.UserId == userId).ToListAsync(cancellationToken),
    };
}
