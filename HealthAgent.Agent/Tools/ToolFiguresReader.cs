using HealthAgent.Core.Data;
using HealthAgent.Core.Food;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Time;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Agent.Tools;

/// <summary>
/// Reads the <see cref="ToolFigures"/> a formula refers to, for the tool's owner only, through the same services the
/// API answers with (so a figure means what the user sees elsewhere). A figure without a value (no goal, no weight) is 0.
/// </summary>
public sealed class ToolFiguresReader(HealthDbContext db, UserService users, GoalService goals, FoodSummaryService food,
    TrackingQueryService tracking, TimeProvider time)
{
    /// <summary>The values of those of <paramref name="names"/> that are figures.</summary>
    public async Task<Dictionary<string, double>> ReadAsync(Guid userId, IReadOnlySet<string> names, CancellationToken cancellationToken)
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        var wanted = names.Where(ToolFigures.All.ContainsKey).ToHashSet();
        if (wanted.Count == 0)
        {
            return figures;
        }
        if (wanted.Any(n => n is "today_kcal" or "today_protein_g" or "today_carbs_g" or "today_fat_g"))
        {
            var totals = (await food.DailyAsync(userId, null, cancellationToken)).Totals;
            figures["today_kcal"] = (double)totals.Kcal;
            figures["today_protein_g"] = (double)totals.ProteinG;
            figures["today_carbs_g"] = (double)totals.CarbsG;
            figures["today_fat_g"] = (double)totals.FatG;
        }
        if (wanted.Any(n => n.StartsWith("goal_", StringComparison.Ordinal)))
        {
            var goal = await goals.GetAsync(userId, cancellationToken);
            figures["goal_kcal"] = goal.DailyKcal ?? 0;
            figures["goal_protein_g"] = goal.ProteinG ?? 0;
            figures["goal_water_ml"] = goal.WaterMl ?? 0;
        }
        if (wanted.Contains("today_water_ml"))
        {
            var today = ZonedTime.LocalDate(time.GetUtcNow(), await users.GetTimeZoneAsync(userId, cancellationToken));
            figures["today_water_ml"] = (await tracking.DailyWaterAsync(userId, today, today, cancellationToken)).Sum(d => d.Total);
        }
        if (wanted.Contains("weight_kg"))
        {
            figures["weight_kg"] = (double)(await db.Set<WeightEntry>().Where(w => w.UserId == userId)
                .OrderByDescending(w => w.MeasuredAt).Select(w => (decimal?)w.WeightKg).FirstOrDefaultAsync(cancellationToken) ?? 0);
        }
        if (wanted.Contains("height_cm"))
        {
            figures["height_cm"] = (double)((await users.GetAsync(userId, cancellationToken)).HeightCm ?? 0);
        }
        return figures.Where(f => wanted.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }
}
