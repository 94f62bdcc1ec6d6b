using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Time;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Gamification;

/// <summary>The read side of gamification and the Worker's day-end streak maintenance.</summary>
public sealed class GamificationService(HealthDbContext db, TimeProvider time)
{
    /// <summary>The user's XP, level, tier, streaks (as of their local today) and all achievements.</summary>
    /// <exception cref="NotFoundException">The user does not exist.</exception>
    public async Task<GamificationProfile> GetProfileAsync(Guid userId, CancellationToken cancellationToken)
    {
        // One statement, whatever the user's history: the running totals, not a sum over the ledger.
        var snapshot = await ProgressSnapshot.ReadAsync(db, userId, "", cancellationToken);
        var today = ZonedTime.LocalDate(time.GetUtcNow(), snapshot.Zone);
        var stored = snapshot.Streaks.ToDictionary(s => s.Activity);
        var streaks = Enum.GetValues<StreakActivity>()
            .Select(a => StreakView.Of(stored.GetValueOrDefault(a) ?? new Streak { UserId = userId, Activity = a }, today))
            .ToList();
        var achievements = AchievementCatalog.All
            .Select(d => new AchievementView(d.Code, d.Title, d.Trigger, snapshot.Held.TryGetValue(d.Code, out var at) ? at : null))
            .ToList();
        return new GamificationProfile(Levels.Progress((int)snapshot.TotalXp), streaks, achievements);
    }

    /// <summary>
    /// Settles the user's streaks for the finished local day <paramref name="localDate"/>: a missed day is bridged by a
    /// freeze when one is left, otherwise the streak breaks. Running it again for the same day changes nothing.
    /// </summary>
    /// <exception cref="NotFoundException">The user does not exist.</exception>
    /// <exception cref="DomainValidationException">The day has not ended yet in the user's time zone.</exception>
    public async Task ApplyDayEndAsync(Guid userId, DateOnly localDate, CancellationToken cancellationToken)
    {
        var zone = await db.TimeZoneOfAsync(userId, cancellationToken);
        var now = time.GetUtcNow();
        if (localDate >= ZonedTime.LocalDate(now, zone))
        {
            throw DomainValidationException.For("localDate", $"{localDate:yyyy-MM-dd} has not ended yet in {zone.Id}.");
        }
        var streaks = await db.Set<Streak>().Where(s => s.UserId == userId).ToListAsync(cancellationToken);
        foreach (var streak in streaks)
        {
            if (StreakRules.ApplyDayEnd(streak, localDate) != StreakChange.None)
            {
                streak.UpdatedAt = now;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
