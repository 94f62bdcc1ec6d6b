using System.Text.RegularExpressions;
using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Core.Nutrition.Parsing;

/// <summary>
/// Splits a sentence about a meal into food phrases: "I had 2 eggs and toast for breakfast" → "2 eggs", "toast".
/// Foods whose own name contains "and" or "with" ("mac and cheese") stay whole.
/// </summary>
public sealed partial class MealSentenceSplitter
{
    private readonly IReadOnlyList<string> _protected;

    /// <summary>Protects every name and alias of <paramref name="table"/> that contains a splitting word.</summary>
    public MealSentenceSplitter(FoodTable table)
    {
        _protected = [.. table.Foods
            .SelectMany(f => f.Aliases.Prepend(f.Name))
            .Where(n => Separator().IsMatch(n))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)];
    }

    /// <summary>The food phrases in <paramref name="text"/>, without meal words or fillers; empty when none.</summary>
    public IReadOnlyList<string> Split(string text)
    {
        var working = " " + text.ToLowerInvariant().Replace('\n', ',').Replace(';', ',').Replace('+', ',') + " ";
        working = working.Replace(" & ", " and ", StringComparison.Ordinal).Replace('’', '\'');
        working = MealWords().Replace(working, " , ");
        working = HalfAfterAnd().Replace(working, " and_a_half ");
        foreach (var name in _protected)
        {
            working = working.Replace(" " + name + " ", " " + name.Replace(' ', '_') + " ", StringComparison.Ordinal);
        }

        return [.. Separator().Split(working)
            .Select(part => string.Join(' ', StripFillers(part).Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Select(part => part.Trim('.', '!', '?', ':', '-'))
            .Where(part => part.Length > 0 && !Empty().IsMatch(part))];
    }

    private static string StripFillers(string part)
    {
        var previous = "";
        var current = part.Trim(' ', '.', '!', '?', ':', '-');
        while (current != previous)
        {
            previous = current;
            current = Filler().Replace(current, "").Trim(' ', '.', '!', '?', ':', '-');
        }

        return current;
    }

    [GeneratedRegex(@"\s*(?:,|\band\b|\bwith\b|\bplus\b|\bthen\b|\balong with\b)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\b(?:for|at|during|with my|as)\s+(?:my\s+|a\s+)?(?:breakfast|brunch|lunch|dinner|supper|dessert|snack|tea|a snack|meal|pre workout|post workout)\b|\b(?:this morning|this afternoon|this evening|today|tonight|yesterday|last night|earlier|just now|right now)\b|^\s*(?:breakfast|brunch|lunch|dinner|supper|snack)\s*(?::|-|was)")]
    private static partial Regex MealWords();

    [GeneratedRegex(@"\s+and\s+a\s+half\b")]
    private static partial Regex HalfAfterAnd();

    [GeneratedRegex(@"^(?:i\s*(?:just\s+|also\s+)?(?:had|ate|have had|'ve had|'ve eaten|have eaten|drank|'ve drunk|am eating|'m eating|am having|'m having|got|eat|drink|have)|(?:just\s+)?(?:had|ate|eaten|eating|having|drank|drink|eat)|also|just|then|please|log|add|track|some|and|ok|okay|so|well)\b\s*")]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:a|an|the|some|i|me|my)$")]
    private static partial Regex Empty();
}
