namespace HealthAgent.Core.Goals;

/// <summary>A user's daily targets; any of them may be unset.</summary>
public sealed class UserGoals
{
    /// <summary>The owner (one row per user).</summary>
    public Guid UserId { get; set; }

    /// <summary>Daily energy target in kcal.</summary>
    public int? DailyKcal { get; set; }

    /// <summary>Daily protein target in grams.</summary>
    public int? ProteinG { get; set; }

    /// <summary>Daily carbohydrate target in grams.</summary>
    public int? CarbsG { get; set; }

    /// <summary>Daily fat target in grams.</summary>
    public int? FatG { get; set; }

    /// <summary>Daily water target in millilitres.</summary>
    public int? WaterMl { get; set; }

    /// <summary>Target body weight in kilograms.</summary>
    public decimal? TargetWeightKg { get; set; }

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
