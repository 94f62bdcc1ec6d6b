namespace HealthAgent.Core.Food;

/// <summary>
/// A change to one item. Changing the grams alone rescales the figures; giving <see cref="Nutrients"/> replaces them and
/// marks the item's source as the user's.
/// </summary>
public sealed record ItemChange(string? Name = null, decimal? Quantity = null, string? Unit = null, decimal? Grams = null, Nutrients? Nutrients = null);
