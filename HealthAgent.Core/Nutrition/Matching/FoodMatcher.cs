using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Core.Nutrition.Matching;

/// <summary>
/// Finds the food of the table that a name means: the canonical name or an alias as written first, then the same once
/// plurals are set aside, then word by word with spelling mistakes forgiven. Everyday foods win ties over rarer ones.
/// </summary>
public sealed class FoodMatcher
{
    /// <summary>Confidence from which a match is used without asking.</summary>
    public const double ConfidentThreshold = 0.6;

    /// <summary>Matches below this are not reported at all.</summary>
    public const double MinimumConfidence = 0.3;

    private readonly List<Candidate> _candidates = [];
    private readonly Dictionary<string, TableFood> _exactNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TableFood> _exactAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Candidate> _normalized = new(StringComparer.Ordinal);

    /// <summary>Indexes every name and alias of <paramref name="table"/>.</summary>
    public FoodMatcher(FoodTable table)
    {
        foreach (var food in table.Foods)
        {
            _exactNames.TryAdd(food.Name, food);
            Index(food, food.Name, isAlias: false);
            foreach (var alias in food.Aliases)
            {
                _exactAliases.TryAdd(alias, food);
                Index(food, alias, isAlias: true);
            }
        }
    }

    /// <summary>The best food for <paramref name="name"/> and up to <paramref name="alternatives"/> runners-up.</summary>
    public FoodMatchResult Match(string name, int alternatives = 4)
    {
        var clean = TextNormalizer.Clean(name);
        if (clean.Length == 0)
        {
            return new FoodMatchResult(name, null, []);
        }

        var scored = new Dictionary<string, FoodMatch>(StringComparer.Ordinal);
        if (_exactNames.TryGetValue(clean, out var byName))
        {
            Keep(scored, new FoodMatch(byName, 1.0, MatchKind.ExactName, byName.Name));
        }

        if (_exactAliases.TryGetValue(clean, out var byAlias))
        {
            Keep(scored, new FoodMatch(byAlias, 0.97, MatchKind.ExactAlias, clean));
        }

        var queryTokens = TextNormalizer.Tokens(clean);
        var normalized = string.Join(' ', queryTokens);
        if (_normalized.TryGetValue(normalized, out var same))
        {
            Keep(scored, new FoodMatch(same.Food, same.IsAlias ? 0.93 : 0.95, MatchKind.Normalized, same.Text));
        }

        foreach (var candidate in _candidates)
        {
            var confidence = NameSimilarity.Score(queryTokens, candidate.Tokens);
            if (confidence >= MinimumConfidence)
            {
                Keep(scored, new FoodMatch(candidate.Food, confidence, MatchKind.Fuzzy, candidate.Text));
            }
        }

        var ranked = scored.Values
            .OrderByDescending(m => m.Confidence - 0.02 * (m.Food.Priority - 1))
            .ThenBy(m => m.Food.Priority)
            .ThenBy(m => m.Food.Name.Length)
            .ToList();
        return ranked.Count == 0
            ? new FoodMatchResult(name, null, [])
            : new FoodMatchResult(name, ranked[0], [.. ranked.Skip(1).Take(alternatives)]);
    }

    private void Index(TableFood food, string text, bool isAlias)
    {
        var tokens = TextNormalizer.Tokens(text);
        var candidate = new Candidate(food, text, tokens, isAlias);
        _candidates.Add(candidate);
        _normalized.TryAdd(string.Join(' ', tokens), candidate);
    }

    private static void Keep(Dictionary<string, FoodMatch> scored, FoodMatch match)
    {
        if (!scored.TryGetValue(match.Food.Name, out var existing) || existing.Confidence < match.Confidence)
        {
            scored[match.Food.Name] = match;
        }
    }

    private sealed record Candidate(TableFood Food, string Text, IReadOnlyList<string> Tokens, bool IsAlias);
}
