namespace HealthAgent.Core.Food;

/// <summary>A meal the user saved under a name to log again in one step.</summary>
public sealed class UsualMeal
{
    /// <summary>The usual meal's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>Its name, unique per user ("my usual breakfast").</summary>
    public required string Name { get; set; }

    /// <summary>The meal it is logged as by default.</summary>
    public MealType? Meal { get; set; }

    /// <summary>The items as JSON (a list of <see cref="FoodItemDraft"/>).</summary>
    public required string Items { get; set; }

    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
