using System.Text;

namespace HealthAgent.Core.Nutrition.Matching;

/// <summary>Turns food names into comparable forms: lower case, letters and digits only, each word singular.</summary>
public static class TextNormalizer
{
    // Words whose plural rules would mangle them, or that are already singular despite the trailing s.
    private static readonly HashSet<string> Invariant = new(StringComparer.Ordinal)
    {
        "hummus", "couscous", "asparagus", "citrus", "swiss", "molasses", "grits", "oats", "chips", "fries", "nachos",
        "lentils", "peas", "beans", "greens", "sprouts", "brussels", "noodles", "series", "species", "glass",
        "bass", "watercress", "cheese", "mousse", "pancakes", "waffles", "tortilla", "salsa", "tzatziki", "is", "has",
        "was", "plus", "gas", "hummous", "quinoa", "pastries", "cookies", "crisps", "pretzels", "cornflakes", "ribs",
        "wings", "nuggets", "shrimp", "mussels", "scallops", "clams", "oysters", "sardines", "anchovies", "raisins",
        "grapes", "berries", "cherries", "olives", "chickpeas", "walnuts", "almonds", "cashews", "pistachios", "peanuts",
    };

    /// <summary>Lower case, punctuation replaced by spaces, single spaces, trimmed.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '%' ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary><see cref="Clean"/> with every word made singular: the form under which names are indexed.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokens(text));

    /// <summary>The singular words of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Tokens(string text) =>
        [.. Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular)];

    /// <summary>A simple English singular: enough for food words (<c>berries</c>, <c>tomatoes</c>, <c>peaches</c>, <c>eggs</c>).</summary>
    public static string Singular(string word)
    {
        if (word.Length <= 3 || char.IsDigit(word[0]))
        {
            return word;
        }

        // Plural forms that are also the table's own names collapse to one spelling, so "bean" and "beans" agree.
        if (Invariant.Contains(word))
        {
            return SingularOfInvariant(word);
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("oes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word is "loaves" or "halves" or "leaves")
        {
            return word[..^3] + "f";
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    private static string SingularOfInvariant(string word) => word switch
    {
        "berries" => "berry",
        "cherries" => "cherry",
        "pastries" => "pastry",
        "anchovies" => "anchovy",
        "cookies" => "cookie",
        "grapes" or "raisins" or "olives" or "chickpeas" or "walnuts" or "almonds" or "cashews" or "pistachios" or "peanuts"
            or "sardines" or "oysters" or "clams" or "scallops" or "mussels" or "nuggets" or "wings" or "ribs" or "pretzels"
            or "crisps" or "pancakes" or "waffles" or "lentils" or "peas" or "beans" or "greens" or "sprouts" or "noodles"
            or "chips" or "fries" or "nachos" or "oats" or "grits" => word[..^1],
        _ => word,
    };
}
