namespace HealthAgent.Core.Goals;

/// <summary>A suggested daily calorie target.</summary>
/// <param name="SuggestedKcal">The target (maintenance adjusted towards the target weight), or null when facts are missing.</param>
/// <param name="MaintenanceKcal">Energy to keep the current weight, or null.</param>
/// <param name="Missing">The profile facts needed for a suggestion that the user has not given.</param>
public sealed record CalorieSuggestion(int? SuggestedKcal, int? MaintenanceKcal, IReadOnlyList<string> Missing);
