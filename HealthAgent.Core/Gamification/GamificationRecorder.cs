using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Gamification;

/// <summary>
/// Turns an action into XP, streak and achievement changes. It only adds them to the caller's context, never saves,
/// so the action and its rewards commit in the caller's one <c>SaveChanges</c> or not at all.
/// </summary>
public sealed class GamificationRecorder(TimeProvider time)
{
    /// <summary>The longest accepted source key.</summary>
    public const int MaxSourceKeyLength = 200;

    /// <summary>
    /// Adds the rewards of one action to <paramref name="db"/> without saving. Idempotent per
    /// (<paramref name="userId"/>, <paramref name="sourceKey"/>): a key already in the ledger (or pending in this context)
    /// awards nothing. Two concurrent first calls with one key both pass the check; the unique index then rejects
    /// the second save with a unique violation (<see cref="IsDuplicateAward"/>), so the action is still rewarded once.
    /// </summary>
    /// <exception cref="NotFoundException">The user does not exist.</exception>
    /// <exception cref="DomainValidationException">The source key is empty or too long.</exception>
    public async Task<AwardResult> RecordAsync(
        HealthDbContext db, Guid userId, ActivityKind kind, string sourceKey, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sourceKey) || sourceKey.Length > MaxSourceKeyLength)
        {
            throw DomainValidationException.For("sourceKey", $"The source key must have 1 to {MaxSourceKeyLength} characters.");
        }
        var snapshot = await ProgressSnapshot.ReadAsync(db, userId, sourceKey, cancellationToken);
        var pending = PendingEvents(db, userId);
        var totalBefore = (int)snapshot.TotalXp + pending.Sum(e => e.Xp);
        var before = Levels.Progress(totalBefore);
        if (snapshot.AlreadyAwarded || pending.Any(e => e.SourceKey == sourceKey))
        {
            return new AwardResult(false, 0, before, false, [], []);
        }

        var now = time.GetUtcNow();
        var xp = XpRules.XpFor(kind);
        db.Set<XpEvent>().Add(new XpEvent
        {
            Id = Guid.CreateVersion7(now), UserId = userId, Kind = kind, SourceKey = sourceKey, Xp = xp,
            OccurredAt = occurredAt.ToUniversalTime(), CreatedAt = now,
        });
        var after = Levels.Progress(totalBefore + xp);
        var today = ZonedTime.LocalDate(now, snapshot.Zone);
        var touched = RecordStreaks(db, snapshot, userId, kind, ZonedTime.LocalDate(occurredAt, snapshot.Zone), now);
        // A streak achievement is earned by extending a streak, so only the streaks this action touched count.
        var longest = touched.Max(s => s.Current);
        var earned = AwardAchievements(db, snapshot, userId, new AchievementStats(Counts(db, snapshot, userId), longest, after.Level), occurredAt);
        return new AwardResult(true, xp, after, after.Level > before.Level, touched.Select(s => StreakView.Of(s, today)).ToList(), earned);
    }

    /// <summary>
    /// Saves the caller's action with its rewards. A user's first award of a streak or an achievement can race another
    /// request of the same user that creates the same row; the save is then repeated with that row as it now is: the
    /// streak advanced from its stored state, the achievement (already held) left out. Anything else fails as before.
    /// </summary>
    public static async Task SaveAsync(HealthDbContext db, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (attempt < 3 && exception.InnerException is Npgsql.PostgresException
            {
                SqlState: Npgsql.PostgresErrorCodes.UniqueViolation, ConstraintName: "streaks_pkey" or "user_achievements_pkey",
            })
            {
                await TakeStoredRewardRowsAsync(db, cancellationToken);
            }
        }
    }

    private static async Task TakeStoredRewardRowsAsync(HealthDbContext db, CancellationToken cancellationToken)
    {
        foreach (var added in db.ChangeTracker.Entries<Streak>().Where(e => e.State == EntityState.Added).ToList())
        {
            var mine = added.Entity;
            var stored = await db.Set<Streak>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == mine.UserId && s.Activity == mine.Activity, cancellationToken);
            if (stored is not null && mine.LastActiveDate is { } day)
            {
                added.State = EntityState.Detached;
                db.Set<Streak>().Attach(stored);
                if (StreakRules.RecordActivity(stored, day) != StreakChange.None)
                {
                    stored.UpdatedAt = mine.UpdatedAt;
                }
            }
        }
        foreach (var added in db.ChangeTracker.Entries<UserAchievement>().Where(e => e.State == EntityState.Added).ToList())
        {
            var mine = added.Entity;
            if (await db.Set<UserAchievement>().AnyAsync(a => a.UserId == mine.UserId && a.Code == mine.Code, cancellationToken))
            {
                added.State = EntityState.Detached;
            }
        }
    }

    /// <summary>Whether a failed save was the unique (user, source key) index rejecting a concurrent replay.</summary>
    public static bool IsDuplicateAward(DbUpdateException exception) =>
        exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } postgres
        && postgres.ConstraintName is "xp_events_user_source_key";

    private static List<XpEvent> PendingEvents(HealthDbContext db, Guid userId) =>
        db.ChangeTracker.Entries<XpEvent>()
            .Where(e => e.State == EntityState.Added && e.Entity.UserId == userId)
            .Select(e => e.Entity)
            .ToList();

    private static List<Streak> RecordStreaks(HealthDbContext db, ProgressSnapshot snapshot, Guid userId, ActivityKind kind, DateOnly localDate, DateTimeOffset now)
    {
        // The stored rows start being tracked here (unless an earlier award in this context did); Local then also
        // holds rows added earlier in this context but not yet saved.
        foreach (var stored in snapshot.Streaks)
        {
            if (db.Set<Streak>().Local.All(s => s.UserId != stored.UserId || s.Activity != stored.Activity))
            {
                db.Set<Streak>().Attach(stored);
            }
        }
        var streaks = new List<Streak>();
        foreach (var activity in XpRules.StreaksFor(kind))
        {
            var streak = db.Set<Streak>().Local.SingleOrDefault(s => s.UserId == userId && s.Activity == activity);
            if (streak is null)
            {
                streak = new Streak { UserId = userId, Activity = activity, UpdatedAt = now };
                db.Set<Streak>().Add(streak);
            }
            if (StreakRules.RecordActivity(streak, localDate) != StreakChange.None)
            {
                streak.UpdatedAt = now;
            }
            streaks.Add(streak);
        }
        return streaks;
    }

    private static Dictionary<ActivityKind, int> Counts(HealthDbContext db, ProgressSnapshot snapshot, Guid userId)
    {
        var counts = new Dictionary<ActivityKind, int>(snapshot.Events);
        foreach (var pending in PendingEvents(db, userId))
        {
            counts[pending.Kind] = counts.GetValueOrDefault(pending.Kind) + 1;
        }
        return counts;
    }

    private static List<AchievementView> AwardAchievements(HealthDbContext db, ProgressSnapshot snapshot, Guid userId, AchievementStats stats, DateTimeOffset occurredAt)
    {
        var held = db.Set<UserAchievement>().Local.Where(a => a.UserId == userId).Select(a => a.Code).Concat(snapshot.Held.Keys).ToHashSet();
        var earned = new List<AchievementView>();
        foreach (var definition in AchievementCatalog.All.Where(d => !held.Contains(d.Code) && d.IsMetBy(stats)))
        {
            db.Set<UserAchievement>().Add(new UserAchievement { UserId = userId, Code = definition.Code, EarnedAt = occurredAt.ToUniversalTime() });
            earned.Add(new AchievementView(definition.Code, definition.Title, definition.Trigger, occurredAt.ToUniversalTime()));
        }
        return earned;
    }
}
