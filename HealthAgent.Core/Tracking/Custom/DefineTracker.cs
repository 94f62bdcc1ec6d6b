namespace HealthAgent.Core.Tracking;

/// <summary>A new custom tracker.</summary>
/// <param name="Name">Its name, unique per user ignoring case (1–100 characters).</param>
/// <param name="Fields">Its fields (1–20).</param>
public sealed record DefineTracker(string Name, IReadOnlyList<CustomField> Fields);
