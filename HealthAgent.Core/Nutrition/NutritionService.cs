using HealthAgent.Core.Caching;
using HealthAgent.Core.Nutrition.Matching;
using HealthAgent.Core.Nutrition.Parsing;
using HealthAgent.Core.Nutrition.Table;
using HealthAgent.Core.Nutrition.Usda;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthAgent.Core.Nutrition;

/// <summary>
/// Nutrition figures for the food log. USDA FoodData Central answers when a key is configured (its search results
/// cached in Redis); the embedded table answers without a key, when USDA knows nothing fitting, and whenever USDA fails
/// or its circuit is open, in which case the result says it is degraded.
/// </summary>
public sealed class NutritionService(
    FoodMatcher matcher,
    FoodPhraseParser phraseParser,
    MealSentenceSplitter splitter,
    UsdaClient usda,
    AppCache cache,
    IOptionsMonitor<UsdaOptions> options,
    ILogger<NutritionService> logger)
{
    /// <summary>USDA results below this confidence lose to the table.</summary>
    public const double UsdaMinimumConfidence = 0.5;

    // Memory copies are short so that a replica notices a changed entry soon; Redis keeps the full duration.
    private static readonly TimeSpan MemoryDuration = TimeSpan.FromMinutes(10);

    private static readonly IReadOnlyList<string> UsdaUnavailable = [NutritionSources.Usda];

    /// <summary>The food <paramref name="foodName"/> most likely means, with figures per 100 g, their source and a confidence.</summary>
    public async Task<NutritionLookup> LookupAsync(string foodName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(foodName);
        var table = matcher.Match(foodName);
        var alternatives = table.Alternatives.Select(a => a.Food.Name).ToList();
        var degraded = false;

        if (options.CurrentValue.IsConfigured && TextNormalizer.Normalize(foodName) is { Length: > 0 } query)
        {
            try
            {
                var response = await SearchUsdaAsync(query, cancellationToken);
                if (response is not null && UsdaFoodSelector.Select(query, response) is { } chosen && chosen.Confidence >= UsdaMinimumConfidence)
                {
                    if (table.Best is { } tableBest)
                    {
                        alternatives.Insert(0, tableBest.Food.Name);
                    }

                    return new NutritionLookup(foodName, true, chosen.Food.Description, chosen.Per100g, NutritionSources.Usda,
                        chosen.Confidence, chosen.Food.FdcId, alternatives, false, []);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Any failure — an error status, a timeout, an open circuit, a malformed body — means the table answers.
                degraded = true;
                logger.LogWarning("USDA FoodData Central could not answer for {Query} ({Error}); using the embedded table", query, ex.Message);
            }
        }

        var unavailable = degraded ? UsdaUnavailable : [];
        return table.Best is { } best
            ? new NutritionLookup(foodName, true, best.Food.Name, best.Food.Per100g, NutritionSources.Table, best.Confidence,
                best.Food.FdcId, alternatives, degraded, unavailable)
            : new NutritionLookup(foodName, false, null, null, NutritionSources.None, 0, null, alternatives, degraded, unavailable);
    }

    /// <summary>The foods of a free-text meal ("2 eggs and toast for breakfast") with amounts and figures, plus what was not understood.</summary>
    public Task<MealEstimate> EstimateAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EstimateAsync(text, splitter.Split(text).Select(phraseParser.Parse), cancellationToken);
    }

    /// <summary>The figures of foods named one by one (by the model or a client): each name is looked up as it is, never re-parsed as text.</summary>
    public Task<MealEstimate> EstimateAsync(IReadOnlyList<FoodQuery> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var phrases = items.Select(phraseParser.Parse).ToList();
        return EstimateAsync(string.Join(", ", phrases.Select(p => p.Phrase)), phrases, cancellationToken);
    }

    private async Task<MealEstimate> EstimateAsync(string text, IEnumerable<FoodPhrase> phrases, CancellationToken cancellationToken)
    {
        var items = new List<EstimatedItem>();
        var unrecognized = new List<string>();
        var totals = NutrientProfile.Zero;
        var degraded = false;
        foreach (var phrase in phrases)
        {
            if (phrase.FoodText.Length == 0)
            {
                unrecognized.Add(phrase.Phrase);
                continue;
            }

            var lookup = await LookupAsync(phrase.FoodText, cancellationToken);
            degraded |= lookup.Degraded;
            if (!lookup.Found || lookup.Per100g is null)
            {
                unrecognized.Add(phrase.Phrase);
                continue;
            }

            var item = ToItem(phrase, lookup);
            totals = totals.Add(new NutrientProfile(item.Kcal, item.Protein, item.Carbs, item.Fat, item.Fiber, item.Sugar, item.Sodium));
            items.Add(item);
        }

        return new MealEstimate(text, items, unrecognized, totals, degraded, degraded ? UsdaUnavailable : []);
    }

    private async Task<UsdaSearchResponse?> SearchUsdaAsync(string query, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var duration = new CacheEntrySettings(settings.CacheDuration < MemoryDuration ? settings.CacheDuration : MemoryDuration, settings.CacheDuration);
        return await cache.GetOrCreateAsync(
            "usda:search:" + query,
            async ct => (UsdaSearchResponse?)await usda.SearchAsync(query, ct),
            duration,
            cancellationToken);
    }

    private static EstimatedItem ToItem(FoodPhrase phrase, NutritionLookup lookup)
    {
        // The table's portion weights are trusted only when the table itself is sure which food this is.
        var food = phrase.Match is { Confidence: >= FoodMatcher.ConfidentThreshold } match ? match.Food : null;
        var grams = PortionConverter.ToGrams(phrase.Quantity, phrase.Measure, food);
        var source = lookup.Source;
        var confidence = lookup.Confidence;
        if (grams is null)
        {
            grams = Math.Round(phrase.Quantity * GenericPortions.GramsPer(phrase.Measure), 1);
            source = NutritionSources.Estimate;
            confidence *= 0.6;
        }
        else if (!phrase.QuantityGiven)
        {
            // "toast" with no amount: one typical serving is a fair guess, but still a guess.
            confidence *= 0.85;
        }

        var amount = lookup.Per100g!.ForGrams(grams.Value);
        return new EstimatedItem(phrase.Phrase, lookup.FoodName!, phrase.Quantity, phrase.Unit, grams.Value, amount.Kcal, amount.Protein,
            amount.Carbs, amount.Fat, amount.Fiber, amount.Sugar, amount.SodiumMg, source, Math.Round(confidence, 3), lookup.FdcId);
    }
}
