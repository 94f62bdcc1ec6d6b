using System.Globalization;

namespace HealthAgent.Core.Nutrition.Parsing;

/// <summary>Reads amounts written as digits, decimals (with a point or a comma), fractions or English words.</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["single"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["dozen"] = 12, ["half"] = 0.5, ["quarter"] = 0.25, ["couple"] = 2, ["pair"] = 2, ["few"] = 3, ["several"] = 3,
    };

    /// <summary>The value of one word or numeral: <c>2</c>, <c>1.5</c>, <c>1,5</c>, <c>1/2</c>, <c>two</c>, <c>dozen</c>, <c>half</c>.</summary>
    public static double? Parse(string token)
    {
        if (Words.TryGetValue(token, out var word))
        {
            return word;
        }

        var slash = token.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var numerator = Numeral(token[..slash]);
            var denominator = Numeral(token[(slash + 1)..]);
            return numerator is { } n && denominator is > 0 and { } d ? n / d : null;
        }

        return Numeral(token);
    }

    /// <summary>Whether <paramref name="token"/> is written with digits (so it can never be part of a food's name).</summary>
    public static bool IsNumeral(string token) => token.Length > 0 && char.IsDigit(token[0]) && Parse(token) is not null;

    private static double? Numeral(string text) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
