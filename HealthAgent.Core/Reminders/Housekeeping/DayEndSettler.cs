using HealthAgent.Core.Data;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Reminders.Housekeeping;

/// <summary>
/// Settles streaks at each user's local midnight through <see cref="GamificationService.ApplyDayEndAsync"/>. Each day is
/// claimed in <c>reminder_settings.last_day_closed</c> in the same transaction as the streak changes, so with several
/// replicas a day is settled exactly once, and a crash leaves it for the next run.
/// </summary>
public sealed class DayEndSettler(HealthDbContext db, GamificationService gamification, TimeProvider time)
{
    // A Worker down for longer than this settles only the last week; older days no longer matter to a streak.
    private const int MaxDaysBack = 7;

    /// <summary>Settles every user's finished days; returns how many user-days it settled.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settled = 0;
        Guid after = Guid.Empty;
        while (true)
        {
            // Keyset over users, so the job's memory stays bounded however many users there are.
            var page = await db.Database.SqlQuery<UserDay>($"""
                SELECT u.id AS "UserId", u.time_zone AS "TimeZone", s.last_day_closed AS "LastDayClosed"
                  FROM users u LEFT JOIN reminder_settings s ON s.user_id = u.id
                 WHERE u.id > {after} ORDER BY u.id LIMIT 500
                """).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return settled;
            }
            foreach (var user in page)
            {
                var yesterday = ZonedTime.LocalDate(now, TimeZones.Find(user.TimeZone)).AddDays(-1);
                var first = user.LastDayClosed is { } last ? last.AddDays(1) : yesterday;
                if (first < yesterday.AddDays(1 - MaxDaysBack))
                {
                    first = yesterday.AddDays(1 - MaxDaysBack);
                }
                for (var day = first; day <= yesterday; day = day.AddDays(1))
                {
                    if (await SettleAsync(user.UserId, day, now, cancellationToken))
                    {
                        settled++;
                    }
                }
            }
            after = page[^1].UserId;
        }
    }

    private async Task<bool> SettleAsync(Guid userId, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO reminder_settings (user_id, last_day_closed, updated_at) VALUES ({userId}, {day}, {now})
            ON CONFLICT (user_id) DO UPDATE SET last_day_closed = EXCLUDED.last_day_closed, updated_at = EXCLUDED.updated_at
             WHERE reminder_settings.last_day_closed IS NULL OR reminder_settings.last_day_closed < EXCLUDED.last_day_closed
            """, cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        await gamification.ApplyDayEndAsync(userId, day, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The settled streaks are done with; a long run must not keep every user's rows tracked.
        db.ChangeTracker.Clear();
        return true;
    }

    private sealed record UserDay(Guid UserId, string TimeZone, DateOnly? LastDayClosed);
}
