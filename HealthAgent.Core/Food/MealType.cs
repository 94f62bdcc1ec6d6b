namespace HealthAgent.Core.Food;

/// <summary>Which meal an entry belongs to.</summary>
public enum MealType
{
    /// <summary>Breakfast.</summary>
    Breakfast,

    /// <summary>Lunch.</summary>
    Lunch,

    /// <summary>Dinner.</summary>
    Dinner,

    /// <summary>Anything between meals.</summary>
    Snack,
}
