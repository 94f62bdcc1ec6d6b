using System.Diagnostics.Metrics;
using HealthAgent.Core.Diagnostics;

namespace HealthAgent.Core.Gamification;

/// <summary>
/// Counters of what users do and the XP it earns (here, beside the XP rules, so that Diagnostics stays below every feature),
/// recorded where the action commits (after <c>SaveChanges</c>), so a failed save counts nothing.
/// Exposed as <c>healthagent_food_entries_total</c>, <c>healthagent_tracking_entries_total</c> and <c>healthagent_xp_awarded_total</c>.
/// </summary>
public static class BusinessMetrics
{
    private static readonly Counter<long> FoodEntries = CoreTelemetry.Meter.CreateCounter<long>(
        "healthagent.food_entries", "{entry}", "Food entries logged");

    private static readonly Counter<long> TrackingEntries = CoreTelemetry.Meter.CreateCounter<long>(
        "healthagent.tracking_entries", "{entry}", "Tracking entries logged, by kind");

    private static readonly Counter<long> XpAwarded = CoreTelemetry.Meter.CreateCounter<long>(
        "healthagent.xp_awarded", "{xp}", "Experience points awarded, by activity");

    /// <summary>Counts a committed food entry and its XP.</summary>
    public static void FoodLogged(string meal, AwardResult? award)
    {
        FoodEntries.Add(1, new KeyValuePair<string, object?>("meal", meal));
        Xp(ActivityKind.Meal, award);
    }

    /// <summary>Counts a committed tracking entry (built-in or custom) and its XP.</summary>
    public static void TrackingLogged(ActivityKind kind, AwardResult? award)
    {
        TrackingEntries.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString().ToLowerInvariant()));
        Xp(kind, award);
    }

    private static void Xp(ActivityKind kind, AwardResult? award)
    {
        if (award is { Awarded: true, XpAwarded: > 0 })
        {
            XpAwarded.Add(award.XpAwarded, new KeyValuePair<string, object?>("activity", kind.ToString().ToLowerInvariant()));
        }
    }
}
