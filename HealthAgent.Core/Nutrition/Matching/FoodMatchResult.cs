namespace HealthAgent.Core.Nutrition.Matching;

/// <summary>The best match of a name and the runners-up, best first.</summary>
/// <param name="Query">The name that was looked up.</param>
/// <param name="Best">The best match, or null when nothing came close.</param>
/// <param name="Alternatives">Other plausible foods, best first, never including <paramref name="Best"/>.</param>
public sealed record FoodMatchResult(string Query, FoodMatch? Best, IReadOnlyList<FoodMatch> Alternatives)
{
    /// <summary>Whether the best match is confident enough to use without asking.</summary>
    public bool IsConfident => Best is { Confidence: >= FoodMatcher.ConfidentThreshold };
}
