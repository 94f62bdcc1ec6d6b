using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Time;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Tracking;

/// <summary>Lists, daily totals and trends of the built-in entries, always by the user's local days.</summary>
public sealed class TrackingQueryService(HealthDbContext db, TimeProvider time)
{
    /// <summary>Longest range a list or total may span.</summary>
    public const int MaxRangeDays = 366;

    /// <summary>
    /// The user's entries of type <typeparamref name="T"/> (<see cref="WeightEntry"/>, <see cref="SleepEntry"/>,
    /// <see cref="WaterEntry"/>, <see cref="ExerciseEntry"/> or <see cref="MoodEntry"/>) on the local days
    /// <paramref name="from"/> to <paramref name="to"/> inclusive, newest first, one page at a time.
    /// </summary>
    /// <exception cref="DomainValidationException">Bad range, limit or cursor.</exception>
    /// <exception cref="NotFoundException">The user does not exist.</exception>
    public async Task<Page<T>> ListAsync<T>(
        Guid userId, DateOnly from, DateOnly to, int limit = 50, string? cursor = null, CancellationToken cancellationToken = default)
        where T : class, ITrackedEntry<T>
    {
        var (start, end) = await RangeAsync(userId, from, to, cancellationToken);
        return await db.Set<T>().Where(e => e.UserId == userId).Between(start, end).PageAsync(limit, cursor, cancellationToken);
    }

    /// <summary>Water per local day from <paramref name="from"/> to <paramref name="to"/>, every day listed (0 when none).</summary>
    public async Task<IReadOnlyList<DailyTotal>> DailyWaterAsync(Guid userId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var zone = await db.TimeZoneOfAsync(userId, cancellationToken);
        var (start, end) = Range(from, to, zone);
        var entries = await db.Set<WaterEntry>().AsNoTracking().Where(e => e.UserId == userId && e.DrunkAt >= start && e.DrunkAt < end)
            .Select(e => new { e.DrunkAt, e.AmountMl }).ToListAsync(cancellationToken);
        var byDay = entries.ToLookup(e => ZonedTime.LocalDate(e.DrunkAt, zone));
        return Enumerable.Range(0, to.DayNumber - from.DayNumber + 1)
            .Select(from.AddDays)
            .Select(d => new DailyTotal(d, byDay[d].Sum(e => e.AmountMl), byDay[d].Count()))
            .ToList();
    }

    /// <summary>Averages over the last 7 and 30 local days, today included.</summary>
    /// <exception cref="NotFoundException">The user does not exist.</exception>
    public async Task<TrackingTrends> TrendsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var zone = await db.TimeZoneOfAsync(userId, cancellationToken);
        var today = ZonedTime.LocalDate(time.GetUtcNow(), zone);
        var (start, end) = ZonedTime.DaysRange(today.AddDays(-29), today, zone);
        var data = new TrendData(
            zone,
            await Load<WeightEntry>(userId, start, end).ToListAsync(cancellationToken),
            await Load<SleepEntry>(userId, start, end).ToListAsync(cancellationToken),
            await Load<WaterEntry>(userId, start, end).ToListAsync(cancellationToken),
            await Load<ExerciseEntry>(userId, start, end).ToListAsync(cancellationToken),
            await Load<MoodEntry>(userId, start, end).ToListAsync(cancellationToken));
        return new TrackingTrends(today, data.Window(today, 7), data.Window(today, 30));
    }

    private IQueryable<T> Load<T>(Guid userId, DateTimeOffset start, DateTimeOffset end) where T : class, ITrackedEntry<T> =>
        db.Set<T>().AsNoTracking().Where(e => e.UserId == userId).Between(start, end);

    private async Task<(DateTimeOffset Start, DateTimeOffset End)> RangeAsync(Guid userId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Range(from, to, await db.TimeZoneOfAsync(userId, cancellationToken));

    internal static (DateTimeOffset Start, DateTimeOffset End) Range(DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        if (to < from || to.DayNumber - from.DayNumber >= MaxRangeDays)
        {
            throw DomainValidationException.For("to", $"to must be on or after from, and the range at most {MaxRangeDays} days.");
        }
        return ZonedTime.DaysRange(from, to, zone);
    }
}
