namespace HealthAgent.Core.Plans;

/// <summary>The plans a user can be on (the <c>users_plan_check</c> constraint lists the same); each sets the user's quotas.</summary>
public static class PlanNames
{
    /// <summary>Everyone starts here.</summary>
    public const string Free = "free";

    /// <summary>Every plan, cheapest first.</summary>
    public static readonly IReadOnlyList<string> All = [Free, "basic", "premium"];

    /// <summary>Whether <paramref name="plan"/> is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string? plan) => plan is not null && All.Contains(plan, StringComparer.Ordinal);
}
