using HealthAgent.Core.Caching;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Goals;

/// <summary>Reads and sets a user's daily targets (cached like profiles) and suggests a calorie target.</summary>
public sealed class GoalService(HealthDbContext db, AppCache cache, UserService users, TimeProvider time)
{
    private static readonly Dictionary<string, (int Min, int Max)> Ranges = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dailyKcal"] = (GoalRules.MinDailyKcal, GoalRules.MaxDailyKcal), ["proteinG"] = (0, GoalRules.MaxProteinG), ["carbsG"] = (0, GoalRules.MaxCarbsG),
        ["fatG"] = (0, GoalRules.MaxFatG), ["waterMl"] = (0, GoalRules.MaxWaterMl),
    };

    /// <summary>The cache key of a user's goals.</summary>
    public static string CacheKey(Guid userId) => $"user:{userId}:goals";

    /// <summary>The user's goals; every target is null until set.</summary>
    public async Task<GoalsView> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await users.GetAsync(userId, cancellationToken);
        return await cache.GetOrCreateAsync(CacheKey(userId), async ct =>
        {
            var goals = await db.Set<UserGoals>().AsNoTracking().FirstOrDefaultAsync(g => g.UserId == userId, ct);
            return goals is null ? GoalsView.Empty : GoalsView.From(goals);
        }, users.CacheSettings, cancellationToken) ?? GoalsView.Empty;
    }

    /// <summary>Changes the given targets.</summary>
    /// <exception cref="DomainValidationException">A target is out of its range.</exception>
    public async Task<GoalsView> SetAsync(Guid userId, GoalsUpdate update, CancellationToken cancellationToken = default)
    {
        await users.GetAsync(userId, cancellationToken);
        Validate(update);
        var goals = await db.Set<UserGoals>().FirstOrDefaultAsync(g => g.UserId == userId, cancellationToken);
        if (goals is null)
        {
            goals = new UserGoals { UserId = userId };
            db.Set<UserGoals>().Add(goals);
        }
        var clear = update.Clear?.ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        goals.DailyKcal = clear.Contains("dailyKcal") ? null : update.DailyKcal ?? goals.DailyKcal;
        goals.ProteinG = clear.Contains("proteinG") ? null : update.ProteinG ?? goals.ProteinG;
        goals.CarbsG = clear.Contains("carbsG") ? null : update.CarbsG ?? goals.CarbsG;
        goals.FatG = clear.Contains("fatG") ? null : update.FatG ?? goals.FatG;
        goals.WaterMl = clear.Contains("waterMl") ? null : update.WaterMl ?? goals.WaterMl;
        goals.TargetWeightKg = clear.Contains("targetWeightKg") ? null : update.TargetWeightKg ?? goals.TargetWeightKg;
        goals.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await cache.RemoveAsync(CacheKey(userId), cancellationToken);
        return GoalsView.From(goals);
    }

    /// <summary>
    /// A calorie target from the profile (Mifflin-St Jeor with the activity factor) and the current weight — the given
    /// one, else the latest weight entry (the only place a weight is stored); null with the missing facts named otherwise.
    /// </summary>
    public async Task<CalorieSuggestion> SuggestAsync(Guid userId, decimal? currentWeightKg, CancellationToken cancellationToken = default)
    {
        var profile = await users.GetAsync(userId, cancellationToken);
        var goals = await GetAsync(userId, cancellationToken);
        currentWeightKg ??= await db.Set<WeightEntry>().Where(w => w.UserId == userId)
            .OrderByDescending(w => w.MeasuredAt).Select(w => (decimal?)w.WeightKg).FirstOrDefaultAsync(cancellationToken);
        if (currentWeightKg is { } given && (given < (decimal)TrackingRules.MinWeightKg || given > (decimal)TrackingRules.MaxWeightKg))
        {
            throw DomainValidationException.For("weightKg", $"weightKg must be between {TrackingRules.MinWeightKg} and {TrackingRules.MaxWeightKg}.");
        }
        var missing = new List<string>();
        if (profile.Sex is null) missing.Add("sex");
        if (profile.BirthYear is null) missing.Add("birthYear");
        if (profile.HeightCm is null) missing.Add("heightCm");
        if (currentWeightKg is null) missing.Add("weight");
        if (missing.Count > 0)
        {
            return new CalorieSuggestion(null, null, missing);
        }
        var age = time.GetUtcNow().Year - profile.BirthYear!.Value;
        var maintenance = CalorieGoal.Maintenance(profile.Sex!.Value, age, profile.HeightCm!.Value, currentWeightKg!.Value, profile.ActivityLevel);
        var suggested = CalorieGoal.Suggest(profile.Sex.Value, age, profile.HeightCm.Value, currentWeightKg.Value, profile.ActivityLevel, goals.TargetWeightKg);
        return new CalorieSuggestion(suggested, maintenance, []);
    }

    private static void Validate(GoalsUpdate update)
    {
        var values = new Dictionary<string, int?>
        {
            ["dailyKcal"] = update.DailyKcal, ["proteinG"] = update.ProteinG, ["carbsG"] = update.CarbsG, ["fatG"] = update.FatG, ["waterMl"] = update.WaterMl,
        };
        var errors = values.Where(v => v.Value is { } x && (x < Ranges[v.Key].Min || x > Ranges[v.Key].Max))
            .ToDictionary(v => v.Key, v => new[] { $"{v.Key} must be between {Ranges[v.Key].Min} and {Ranges[v.Key].Max}." });
        if (update.TargetWeightKg is { } weight && (weight < (decimal)GoalRules.MinTargetWeightKg || weight > (decimal)GoalRules.MaxTargetWeightKg))
        {
            errors["targetWeightKg"] = [$"targetWeightKg must be between {GoalRules.MinTargetWeightKg} and {GoalRules.MaxTargetWeightKg} kg."];
        }
        var unknown = update.Clear?.Where(c => c is null || !Ranges.ContainsKey(c) && !c.Equals("targetWeightKg", StringComparison.OrdinalIgnoreCase)).ToList();
        if (unknown is { Count: > 0 })
        {
            errors["clear"] = [$"Unknown goal(s): {string.Join(", ", unknown)}."];
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}
