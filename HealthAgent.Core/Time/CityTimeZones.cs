using System.Reflection;

namespace HealthAgent.Core.Time;

/// <summary>
/// Resolves a few hundred major cities to IANA zones (an embedded table), so "I'm in Berlin" sets <c>Europe/Berlin</c>.
/// Users name cities, not zones; the table is small on purpose: anything it lacks is answered by asking for a nearby city.
/// </summary>
public static class CityTimeZones
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Table = new(Load);

    /// <summary>How many cities the table knows.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>Resolves a city name (case-insensitive, accents and punctuation ignored) to its IANA zone.</summary>
    public static bool TryResolve(string? city, out string ianaId)
    {
        ianaId = "";
        return city is not null && Table.Value.TryGetValue(Key(city), out ianaId!);
    }

    private static string Key(string city)
    {
        var plain = new string(city.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsLetter(c) ? char.ToLowerInvariant(c) : c is '-' ? '-' : ' ').ToArray());
        return string.Join(' ', plain.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static IReadOnlyDictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("time/cities.csv")
            ?? throw new InvalidOperationException("The embedded city table is missing.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var comma = line.IndexOf(',');
            table[Key(line[..comma])] = line[(comma + 1)..];
        }
        return table;
    }
}
