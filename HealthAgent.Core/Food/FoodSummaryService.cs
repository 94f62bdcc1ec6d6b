using HealthAgent.Core.Data;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Time;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Food;

/// <summary>
/// Daily and weekly summaries in the user's time zone. Each reads the period's entries with their items in one query
/// (profile and goals come from the cache), so the number of SQL commands does not grow with the number of entries.
/// </summary>
public sealed class FoodSummaryService(HealthDbContext db, UserService users, GoalService goals, TimeProvider time)
{
    /// <summary>The summary of a local day (today when null).</summary>
    public async Task<DailySummary> DailyAsync(Guid userId, DateOnly? date, CancellationToken cancellationToken = default)
    {
        var profile = await users.GetAsync(userId, cancellationToken);
        var zone = TimeZones.Find(profile.TimeZone);
        var day = date ?? ZonedTime.LocalDate(time.GetUtcNow(), zone);
        var target = await goals.GetAsync(userId, cancellationToken);
        var entries = await LoadAsync(userId, ZonedTime.DayRange(day, zone), cancellationToken);

        var totals = Sum(entries.SelectMany(e => e.Items));
        var meals = entries.GroupBy(e => e.Meal).OrderBy(g => g.Key)
            .Select(g => new MealTotals(g.Key, g.Count(), Sum(g.SelectMany(e => e.Items)))).ToList();
        return new DailySummary(day, profile.TimeZone, totals, entries.Count, meals, Progress(totals, target), Top(entries));
    }

    /// <summary>The summary of the local week (Monday–Sunday) that contains <paramref name="date"/> (this week when null).</summary>
    public async Task<WeeklySummary> WeeklyAsync(Guid userId, DateOnly? date, CancellationToken cancellationToken = default)
    {
        var profile = await users.GetAsync(userId, cancellationToken);
        var zone = TimeZones.Find(profile.TimeZone);
        var day = date ?? ZonedTime.LocalDate(time.GetUtcNow(), zone);
        var monday = ZonedTime.WeekStart(day);
        var target = await goals.GetAsync(userId, cancellationToken);
        var entries = await LoadAsync(userId, ZonedTime.DaysRange(monday, monday.AddDays(6), zone), cancellationToken);

        var byDay = entries.ToLookup(e => ZonedTime.LocalDate(e.EatenAt, zone));
        var days = Enumerable.Range(0, 7).Select(i => monday.AddDays(i))
            .Select(d => new DayTotals(d, byDay[d].Count(), Sum(byDay[d].SelectMany(e => e.Items)))).ToList();
        var logged = days.Where(d => d.Entries > 0).ToList();
        var totals = Sum(entries.SelectMany(e => e.Items));
        var average = logged.Count == 0 ? Nutrients.Zero : totals.Scale(1m / logged.Count);
        int? withinGoal = target.DailyKcal is { } kcal
            ? logged.Count(d => Math.Abs(d.Nutrients.Kcal - kcal) <= kcal * 0.1m)
            : null;
        return new WeeklySummary(monday, profile.TimeZone, days, totals, average, logged.Count, withinGoal, Progress(average, target), Top(entries));
    }

    private async Task<List<FoodEntry>> LoadAsync(Guid userId, (DateTimeOffset Start, DateTimeOffset End) range, CancellationToken cancellationToken) =>
        await db.Set<FoodEntry>().AsNoTracking().Include(e => e.Items)
            .Where(e => e.UserId == userId && e.DeletedAt == null && e.EatenAt >= range.Start && e.EatenAt < range.End)
            .OrderBy(e => e.EatenAt)
            .ToListAsync(cancellationToken);

    private static Nutrients Sum(IEnumerable<FoodItem> items) => items.Aggregate(Nutrients.Zero, (sum, i) => sum + i.Nutrients).Rounded();

    private static Dictionary<string, GoalProgress> Progress(Nutrients n, GoalsView g) => new()
    {
        ["kcal"] = GoalProgress.Of(n.Kcal, g.DailyKcal),
        ["protein"] = GoalProgress.Of(n.ProteinG, g.ProteinG),
        ["carbs"] = GoalProgress.Of(n.CarbsG, g.CarbsG),
        ["fat"] = GoalProgress.Of(n.FatG, g.FatG),
    };

    private static List<TopFood> Top(IEnumerable<FoodEntry> entries) =>
        entries.SelectMany(e => e.Items)
            .GroupBy(i => i.Name.ToLowerInvariant())
            .Select(g => new TopFood(g.First().Name, g.Count(), g.Sum(i => i.Grams), g.Sum(i => i.Kcal)))
            .OrderByDescending(t => t.Kcal).ThenBy(t => t.Name)
            .Take(5)
            .ToList();
}
