using System.Globalization;
using System.Text.RegularExpressions;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;

namespace HealthAgent.Core.Measurements;

/// <summary>
/// Reads free-text measurements (<c>1.80 m</c>, <c>5'11"</c>, <c>72 kg</c>, <c>158 lb</c>) within HealthAgent's ranges, and
/// shows stored metric figures in the user's <see cref="MeasurementSystem"/>.
/// </summary>
public static partial class Units
{
    private const decimal CmPerInch = 2.54m;

    /// <summary>The international pound.</summary>
    public const decimal KgPerPound = 0.45359237m;

    /// <summary>A weight as <paramref name="system"/> shows it: <c>81.4 kg</c> or <c>179.5 lb</c>.</summary>
    public static string ShowWeight(decimal kg, MeasurementSystem system) => system == MeasurementSystem.Imperial
        ? $"{Math.Round(kg / KgPerPound, 1).ToString("0.#", CultureInfo.InvariantCulture)} lb"
        : $"{Math.Round(kg, 1).ToString("0.#", CultureInfo.InvariantCulture)} kg";

    /// <summary>A height as <paramref name="system"/> shows it: <c>170 cm</c> or <c>5'7"</c>.</summary>
    public static string ShowHeight(decimal cm, MeasurementSystem system)
    {
        if (system == MeasurementSystem.Metric)
        {
            return $"{Math.Round(cm, 1).ToString("0.#", CultureInfo.InvariantCulture)} cm";
        }
        var inches = (int)Math.Round(cm / CmPerInch);
        return $"{inches / 12}'{inches % 12}\"";
    }

    /// <summary>A height in centimetres (one decimal), or null when it is not one within <see cref="UserRules"/>' range.</summary>
    public static decimal? HeightCm(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        decimal? cm = null;
        if (FeetInches().Match(t) is { Success: true } imperial)
        {
            cm = (Number(imperial.Groups["ft"].Value) * 12 + (imperial.Groups["in"].Success ? Number(imperial.Groups["in"].Value) : 0)) * CmPerInch;
        }
        else if (Measure().Match(t) is { Success: true } metric)
        {
            var n = Number(metric.Groups["n"].Value);
            cm = metric.Groups["unit"].Value switch
            {
                "m" => n * 100,
                "in" or "inch" or "inches" or "\"" => n * CmPerInch,
                "" when n < 3 => n * 100,
                "" or "cm" => n,
                _ => null,
            };
        }
        return cm is { } value && value >= (decimal)UserRules.MinHeightCm && value <= (decimal)UserRules.MaxHeightCm ? Math.Round(value, 1) : null;
    }

    /// <summary>A weight in kilograms (two decimals), or null when it is not one within <see cref="TrackingRules"/>' range.</summary>
    public static decimal? WeightKg(string text)
    {
        if (Measure().Match(text.Trim().ToLowerInvariant()) is not { Success: true } match)
        {
            return null;
        }
        var n = Number(match.Groups["n"].Value);
        decimal? kg = match.Groups["unit"].Value switch
        {
            "" or "kg" or "kgs" or "kilo" or "kilos" or "kilograms" => n,
            "lb" or "lbs" or "pound" or "pounds" => n * KgPerPound,
            _ => null,
        };
        return kg is { } value && value >= (decimal)TrackingRules.MinWeightKg && value <= (decimal)TrackingRules.MaxWeightKg ? Math.Round(value, 2) : null;
    }

    /// <summary>A birth year when the text states one (<c>1990</c>, <c>born 1990</c>); an age in years is not one.</summary>
    public static int? BirthYear(string text) =>
        Year().Match(text.Trim().ToLowerInvariant()) is { Success: true } match
        && int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) is var year
        && year >= UserRules.MinBirthYear && year <= DateTime.UtcNow.Year
            ? year : null;

    private static decimal Number(string text) => decimal.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<n>\d{1,4}(?:[.,]\d{1,3})?)\s*(?<unit>cm|m|in|inch|inches|""|kg|kgs|kilos?|kilograms|lbs?|pounds?)?\.?$")]
    private static partial Regex Measure();

    [GeneratedRegex(@"^(?<ft>\d)\s*(?:'|’|ft|feet|foot)\s*(?:(?<in>\d{1,2}(?:[.,]\d)?)\s*(?:""|”|''|in|inch|inches)?)?$")]
    private static partial Regex FeetInches();

    [GeneratedRegex(@"^(?:born(?: in)?\s+)?(?<year>(?:19|20)\d{2})$")]
    private static partial Regex Year();
}
