using System.Globalization;
using System.Text.RegularExpressions;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Offline;

/// <summary>Numbers, clocks and words the English patterns read.</summary>
public sealed partial class EnglishIntents
{
    private static string Clock(Match at)
    {
        var hour = int.Parse(at.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = at.Groups["m"].Success ? int.Parse(at.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var ampm = at.Groups["ampm"].Value;
        if (ampm == "pm" && hour < 12)
        {
            hour += 12;
        }
        else if (ampm == "am" && hour == 12)
        {
            hour = 0;
        }
        return $"{Math.Clamp(hour, 0, 23):00}:{Math.Clamp(minute, 0, 59):00}";
    }

    private static string? Nutrient(string word) => word switch
    {
        "protein" => "protein",
        "carbs" or "carb" or "carbohydrates" => "carbs",
        "fat" or "fats" => "fat",
        "fiber" or "fibre" => "fiber",
        "sugar" or "sugars" => "sugar",
        _ => "calories",
    };

    private static string ExerciseType(string verb) => verb switch
    {
        "ran" or "run" or "running" or "jog" or "jogged" or "jogging" => "running",
        "walked" or "walk" or "walking" => "walking",
        "cycled" or "biked" or "cycling" or "biking" or "bike ride" or "cycle" => "cycling",
        "swam" or "swim" or "swimming" => "swimming",
        "hiked" or "hike" or "hiking" => "hiking",
        "rowed" or "rowing" => "rowing",
        "danced" or "dancing" => "dancing",
        "did yoga" or "yoga" => "yoga",
        "did pilates" or "pilates" => "pilates",
        "lifted" or "lifted weights" or "weights" or "did weights" or "weight training" or "strength training" or "lifting" => "strength training",
        "played tennis" or "tennis" => "tennis",
        "played football" or "football" or "played soccer" or "soccer" => "football",
        "played basketball" or "basketball" => "basketball",
        _ => "workout",
    };

    private static decimal WaterMl(string number, string unit)
    {
        var n = number.Length == 0 ? 1 : ParseNumberOrWord(number);
        return unit switch
        {
            "l" or "litre" or "litres" or "liter" or "liters" => n * 1000,
            "cl" => n * 10,
            "oz" or "ounces" => Math.Round(n * 29.5735m),
            "glass" or "glasses" => n * 250,
            "cup" or "cups" => n * 240,
            "bottle" or "bottles" => n * 500,
            _ => n,
        };
    }

    private static decimal ParseNumberOrWord(string text) => text switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "half a" => 0.5m,
        _ => ParseNumber(text),
    };

    private static decimal ParseNumber(string text) => decimal.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Whole(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static string Normalize(string text)
    {
        var t = text.Replace('’', '\'').Replace('‘', '\'').Trim().ToLowerInvariant();
        t = string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.TrimEnd('?', '!', '.', ' ').TrimStart('/');
    }
}
