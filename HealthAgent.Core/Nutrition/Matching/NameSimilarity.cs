namespace HealthAgent.Core.Nutrition.Matching;

/// <summary>
/// How well a query's words fit a candidate name's words, 0..0.9: each query word finds its best word in the candidate
/// (spelling mistakes forgiven on longer words), weighing both how much of the query is explained and how much of the
/// candidate is used, so "chicken" fits "chicken breast" less well than "chicken breast" does. Preparation words
/// ("grilled", "raw") weigh little either way.
/// </summary>
public static class NameSimilarity
{
    private static readonly HashSet<string> Descriptors = new(StringComparer.Ordinal)
    {
        "cooked", "raw", "fresh", "grilled", "boiled", "baked", "fried", "steamed", "roasted", "plain", "homemade",
        "sliced", "chopped", "diced", "whole", "organic", "hot", "cold", "warm", "frozen", "canned", "dried", "toasted",
        "small", "medium", "large", "big", "little", "piece", "my", "some", "low", "free", "light", "regular", "style",
    };

    /// <summary>The similarity of <paramref name="query"/> to <paramref name="candidate"/>, both already normalised words.</summary>
    public static double Score(IReadOnlyList<string> query, IReadOnlyList<string> candidate)
    {
        var used = new bool[candidate.Count];
        double explained = 0, queryWeight = 0;
        foreach (var word in query)
        {
            var weight = Descriptors.Contains(word) ? 0.3 : 1.0;
            queryWeight += weight;
            var (index, similarity) = BestWord(word, candidate, used);
            if (index >= 0)
            {
                used[index] = true;
                explained += weight * similarity;
            }
        }

        double candidateWeight = 0, candidateUsed = 0;
        for (var i = 0; i < candidate.Count; i++)
        {
            var weight = Descriptors.Contains(candidate[i]) ? 0.3 : 1.0;
            candidateWeight += weight;
            candidateUsed += used[i] ? weight : 0;
        }

        if (queryWeight == 0 || candidateWeight == 0 || explained == 0)
        {
            return 0;
        }

        var coverage = explained / queryWeight;
        var usage = candidateUsed / candidateWeight;
        return Math.Round(0.9 * coverage * (0.5 + 0.5 * usage), 3);
    }

    private static (int Index, double Similarity) BestWord(string word, IReadOnlyList<string> candidate, bool[] used)
    {
        var best = (Index: -1, Similarity: 0.0);
        for (var i = 0; i < candidate.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var similarity = WordSimilarity(word, candidate[i]);
            if (similarity > best.Similarity)
            {
                best = (i, similarity);
            }
        }

        return best;
    }

    private static double WordSimilarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        // Short words tolerate no typo ("egg" is not "fig"); longer ones one, and long ones two.
        var shorter = Math.Min(a.Length, b.Length);
        var limit = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
        if (limit == 0)
        {
            return 0;
        }

        var distance = EditDistance.Between(a, b, limit);
        return distance <= limit ? 1 - 0.12 * distance : 0;
    }
}
