using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace HealthAgent.Core.Time;

/// <summary>
/// Turns what a user answers to "where do you live?" into an IANA zone: a zone name of any depth
/// (<c>America/Argentina/Buenos_Aires</c>), a city, a UTC offset (<c>UTC-3</c>, <c>GMT+5:30</c>, <c>+02:00</c>), or a
/// shared location (the zone whose principal place, in tzdata's <c>zone.tab</c>, is nearest).
/// </summary>
public static partial class ZoneAnswers
{
    private sealed record ZonePlace(string Zone, double Latitude, double Longitude);

    private static readonly Lazy<IReadOnlyList<ZonePlace>> Places = new(LoadPlaces);

    // The zone most people with an offset that is not a whole hour live in.
    private static readonly Dictionary<TimeSpan, string> Usual = new()
    {
        [TimeSpan.FromMinutes(330)] = "Asia/Kolkata", [TimeSpan.FromMinutes(345)] = "Asia/Kathmandu", [TimeSpan.FromMinutes(390)] = "Asia/Yangon",
        [TimeSpan.FromMinutes(210)] = "Asia/Tehran", [TimeSpan.FromMinutes(270)] = "Asia/Kabul", [TimeSpan.FromMinutes(570)] = "Australia/Darwin",
        [TimeSpan.FromMinutes(-210)] = "America/St_Johns", [TimeSpan.FromMinutes(-570)] = "Pacific/Marquesas",
    };

    /// <summary>The zone named, or null.</summary>
    public static string? FromText(string? text)
    {
        var t = text?.Trim().TrimEnd('.', '!');
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }
        var place = Saying().Replace(t, "").Trim();
        foreach (var candidate in new[] { t, place }.Distinct(StringComparer.Ordinal).Where(c => c.Length > 0))
        {
            if (TimeZones.TryResolve(candidate.Replace(' ', '_'), out var zone) || CityTimeZones.TryResolve(candidate, out zone))
            {
                return zone;
            }
            if (Offset().Match(candidate) is { Success: true } offset)
            {
                return FromOffset(offset);
            }
        }
        return null;
    }

    /// <summary>The zone of the nearest principal place to <paramref name="latitude"/>, <paramref name="longitude"/>.</summary>
    public static string FromLocation(double latitude, double longitude) =>
        Places.Value.MinBy(p => Distance(latitude, longitude, p.Latitude, p.Longitude))!.Zone;

    // A whole-hour offset is an Etc/GMT zone (whose sign is inverted by POSIX convention); another offset is the first
    // zone that keeps it all year (Asia/Kolkata for +5:30).
    private static string? FromOffset(Match match)
    {
        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var sign = match.Groups["sign"].Value is "-" or "−" ? -1 : 1;
        if (hours > 14 || minutes is not (0 or 30 or 45))
        {
            return null;
        }
        if (minutes == 0)
        {
            return hours == 0 ? "Etc/UTC" : $"Etc/GMT{(sign > 0 ? "-" : "+")}{hours}";
        }
        var wanted = TimeSpan.FromMinutes(sign * (hours * 60 + minutes));
        if (Usual.TryGetValue(wanted, out var usual))
        {
            return usual;
        }
        return TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId && z.Id.Contains('/') && !z.Id.StartsWith("Etc/", StringComparison.Ordinal))
            .Where(z => z.BaseUtcOffset == wanted && !z.SupportsDaylightSavingTime).Select(z => z.Id).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static IReadOnlyList<ZonePlace> LoadPlaces()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("time/zone.tab")
            ?? throw new InvalidOperationException("The embedded zone table is missing.");
        using var reader = new StreamReader(stream);
        var places = new List<ZonePlace>();
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 3 || Coordinates().Match(columns[1]) is not { Success: true } c
                || !TimeZoneInfo.TryFindSystemTimeZoneById(columns[2], out _))
            {
                continue;
            }
            places.Add(new ZonePlace(columns[2], Degrees(c.Groups["lat"].Value), Degrees(c.Groups["lon"].Value)));
        }
        return places;
    }

    // ±DDMM[SS] or ±DDDMM[SS].
    private static double Degrees(string value)
    {
        var sign = value[0] == '-' ? -1 : 1;
        var digits = value[1..];
        var degreeDigits = digits.Length is 4 or 6 ? 2 : 3;
        var degrees = int.Parse(digits[..degreeDigits], CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits.Substring(degreeDigits, 2), CultureInfo.InvariantCulture);
        var seconds = digits.Length - degreeDigits == 4 ? int.Parse(digits[(degreeDigits + 2)..], CultureInfo.InvariantCulture) : 0;
        return sign * (degrees + minutes / 60.0 + seconds / 3600.0);
    }

    [GeneratedRegex(@"^(?:i'?m|i am|we'?re|we are|i live|we live|living|based|located|staying)?\s*(?:in|near|at|from|close to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Saying();

    [GeneratedRegex(@"^(?:utc|gmt)?\s*(?<sign>[+\-−])\s*(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    [GeneratedRegex(@"^(?<lat>[+-]\d{4}(?:\d{2})?)(?<lon>[+-]\d{5}(?:\d{2})?)$")]
    private static partial Regex Coordinates();
}
