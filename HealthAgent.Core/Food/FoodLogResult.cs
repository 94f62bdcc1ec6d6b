using System.Text.Json.Serialization;
using HealthAgent.Core.Gamification;

namespace HealthAgent.Core.Food;

/// <summary>
/// The outcome of logging a meal (from text or items). <see cref="Status"/> is <c>degraded</c> and <see cref="UnavailableSources"/>
/// names the sources (<c>usda</c>) that could not answer when a fallback (the built-in table) supplied the figures.
/// </summary>
/// <param name="Entry">The entry that was saved.</param>
/// <param name="Award">The XP it earned; null when an earlier identical request had logged it.</param>
/// <param name="Unrecognized">Phrases of the text that matched no food and were not logged.</param>
/// <param name="Status"><c>ok</c> or <c>degraded</c>.</param>
/// <param name="UnavailableSources">Sources that could not answer.</param>
public sealed record FoodLogResult(
    FoodEntryView Entry,
    AwardResult? Award,
    IReadOnlyList<string> Unrecognized,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("unavailable_sources")] IReadOnlyList<string> UnavailableSources)
{
    /// <summary>An entry logged from explicit items: nothing to recognise, no source to lose.</summary>
    public static FoodLogResult FromItems(Logged<FoodEntryView> logged) => new(logged.Entry, logged.Award, [], "ok", []);
}
