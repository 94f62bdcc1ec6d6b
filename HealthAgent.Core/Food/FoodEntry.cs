namespace HealthAgent.Core.Food;

/// <summary>Something a user ate at one time: a meal with its items.</summary>
public sealed class FoodEntry
{
    /// <summary>The entry's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>Which meal.</summary>
    public MealType Meal { get; set; }

    /// <summary>When it was eaten (UTC); its day is computed in the user's time zone.</summary>
    public DateTimeOffset EatenAt { get; set; }

    /// <summary>The user's note.</summary>
    public string? Note { get; set; }

    /// <summary>The text the entry was parsed from, if any.</summary>
    public string? SourceText { get; set; }

    /// <summary>A client-chosen key that makes a repeated request return the first entry instead of logging twice.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the user deleted it; deleted entries are kept for audit and left out of everything else.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>The foods, in order.</summary>
    public List<FoodItem> Items { get; set; } = [];
}
