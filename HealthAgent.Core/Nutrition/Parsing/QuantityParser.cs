using System.Text;
using System.Text.RegularExpressions;

namespace HealthAgent.Core.Nutrition.Parsing;

/// <summary>
/// Splits one food phrase ("150g chicken breast", "half an avocado", "a cup of rice", "1 large banana", "milk 250 ml")
/// into the amount, the unit and the food words. It knows nothing about foods; grams come later from the food's portions.
/// </summary>
public static partial class QuantityParser
{
    private static readonly HashSet<string> Lead = new(StringComparer.Ordinal)
    {
        "about", "around", "approximately", "approx", "roughly", "like", "maybe", "just", "only", "nearly", "almost", "some",
        "the", "my", "another", "extra",
    };

    private static readonly Dictionary<char, string> Fractions = new()
    {
        ['½'] = " 1/2", ['¼'] = " 1/4", ['¾'] = " 3/4", ['⅓'] = " 1/3", ['⅔'] = " 2/3", ['⅛'] = " 1/8",
    };

    /// <summary>Parses <paramref name="phrase"/>; a phrase without an amount is one serving.</summary>
    public static ParsedQuantity Parse(string phrase)
    {
        var tokens = Tokenize(phrase);
        var position = 0;
        while (position < tokens.Count && Lead.Contains(tokens[position]))
        {
            position++;
        }

        var amount = ReadAmount(tokens, ref position);
        MeasureUnit? unit = null;
        if (position < tokens.Count && tokens[position] == "x")
        {
            position++;
        }

        if (position < tokens.Count && MeasureUnits.SizeFromWord(tokens[position]) is { } size)
        {
            unit = size;
            position++;
        }

        if (position < tokens.Count && MeasureUnits.FromWord(tokens[position]) is { } measure
            && (amount is not null || position < tokens.Count - 1))
        {
            // "a large glass of milk": the container says more about the amount than its size does.
            unit = measure;
            position++;
        }

        var rest = tokens.Skip(position).ToList();
        var given = amount is not null || unit is not null;
        if (!given && ReadTrailingAmount(rest) is { } trailing)
        {
            return new ParsedQuantity(FoodText(rest[..^trailing.Consumed]), trailing.Quantity, trailing.Unit, true);
        }

        return new ParsedQuantity(FoodText(rest), amount ?? 1, unit ?? (given ? MeasureUnit.Piece : MeasureUnit.Serving), given);
    }

    /// <summary>Lower case, fractions as <c>1/2</c>, amounts split from units ("150g" → "150 g"), punctuation dropped.</summary>
    public static IReadOnlyList<string> Tokenize(string phrase)
    {
        var builder = new StringBuilder(phrase.Length + 8);
        foreach (var c in phrase.ToLowerInvariant())
        {
            if (Fractions.TryGetValue(c, out var fraction))
            {
                builder.Append(fraction).Append(' ');
            }
            else if (char.IsLetterOrDigit(c) || c is '.' or ',' or '/' or '%' or '\'' or '_')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(' ');
            }
        }

        var spaced = DigitLetter().Replace(builder.ToString(), "$1 $2");
        spaced = LetterDigit().Replace(spaced, "$1 $2");
        return [.. spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('.', ',', '\''))
            .Where(t => t.Length > 0)];
    }

    private static double? ReadAmount(IReadOnlyList<string> tokens, ref int position)
    {
        if (position >= tokens.Count)
        {
            return null;
        }

        var first = tokens[position];
        var next = position + 1 < tokens.Count ? tokens[position + 1] : "";

        // "half a dozen", "half an avocado", "half of the pizza".
        if (first == "half")
        {
            position++;
            if (next == "dozen" || (next is "a" && At(tokens, position + 1) == "dozen"))
            {
                position += next == "dozen" ? 1 : 2;
                return 6;
            }

            SkipWords(tokens, ref position, "a", "an", "of", "the");
            return 0.5;
        }

        // "a half", "a quarter of", "a dozen", "a couple of", "a few", "a pair of".
        if (first is "a" or "an" && next is "half" or "quarter" or "dozen" or "couple" or "few" or "pair")
        {
            position += 2;
            SkipWords(tokens, ref position, "of");
            return NumberWords.Parse(next);
        }

        if (NumberWords.Parse(first) is not { } value)
        {
            return null;
        }

        position++;
        if (first is "couple" or "pair" or "few" or "several")
        {
            SkipWords(tokens, ref position, "of");
            return value;
        }

        // Mixed numbers: "1 1/2 cups", "one and a half", "2 and_a_half".
        if (At(tokens, position) is { } fraction && fraction.Contains('/', StringComparison.Ordinal) && NumberWords.Parse(fraction) is { } part)
        {
            value += part;
            position++;
        }
        else if (At(tokens, position) == "and_a_half")
        {
            value += 0.5;
            position++;
        }
        else if (At(tokens, position) == "and" && At(tokens, position + 1) == "a" && At(tokens, position + 2) == "half")
        {
            value += 0.5;
            position += 3;
        }

        if (At(tokens, position) == "dozen")
        {
            value *= 12;
            position++;
        }

        return value;
    }

    private static (double Quantity, MeasureUnit Unit, int Consumed)? ReadTrailingAmount(List<string> rest)
    {
        if (rest.Count >= 3 && MeasureUnits.FromWord(rest[^1]) is { } unit && NumberWords.IsNumeral(rest[^2]))
        {
            return (NumberWords.Parse(rest[^2])!.Value, unit, 2);
        }

        if (rest.Count >= 2 && NumberWords.IsNumeral(rest[^1]))
        {
            return (NumberWords.Parse(rest[^1])!.Value, MeasureUnit.Piece, rest.Count >= 3 && rest[^2] == "x" ? 2 : 1);
        }

        return null;
    }

    private static string FoodText(IEnumerable<string> tokens) =>
        string.Join(' ', tokens.Where(t => t is not ("of" or "x")).SkipWhile(t => t is "a" or "an" or "the" or "some"))
            .Replace('_', ' ');

    private static string? At(IReadOnlyList<string> tokens, int index) => index < tokens.Count ? tokens[index] : null;

    private static void SkipWords(IReadOnlyList<string> tokens, ref int position, params string[] words)
    {
        while (position < tokens.Count && words.Contains(tokens[position]))
        {
            position++;
        }
    }

    [GeneratedRegex(@"(\d)([a-z½])")]
    private static partial Regex DigitLetter();

    [GeneratedRegex(@"\b(x)(\d)")]
    private static partial Regex LetterDigit();
}
