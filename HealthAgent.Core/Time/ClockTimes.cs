using System.Globalization;
using System.Text.RegularExpressions;

namespace HealthAgent.Core.Time;

/// <summary>Reads a time of day as people write it: <c>23:30</c>, <c>7</c>, <c>7:15am</c>, <c>11 pm</c>, <c>23h30</c>.</summary>
public static partial class ClockTimes
{
    /// <summary>The time of day written, or null.</summary>
    public static TimeOnly? Parse(string? text)
    {
        if (Clock().Match(text?.Trim().ToLowerInvariant() ?? "") is not { Success: true } match)
        {
            return null;
        }
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        switch (match.Groups["ampm"].Value)
        {
            case "am" or "a.m." when hour is >= 1 and <= 12:
                hour %= 12;
                break;
            case "pm" or "p.m." when hour is >= 1 and <= 12:
                hour = hour % 12 + 12;
                break;
            case "":
                break;
            default:
                return null;
        }
        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>
    /// The night that ended at <paramref name="wake"/> on the latest local day it can have (today, or yesterday when that
    /// time has not come yet) and began at <paramref name="bed"/> before it.
    /// </summary>
    public static (DateTimeOffset Bedtime, DateTimeOffset Wake) LastNight(TimeOnly bed, TimeOnly wake, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = ZonedTime.LocalDateTime(now, zone);
        var wakeDate = DateOnly.FromDateTime(local);
        if (wake.ToTimeSpan() > local.TimeOfDay)
        {
            wakeDate = wakeDate.AddDays(-1);
        }
        var bedDate = bed >= wake ? wakeDate.AddDays(-1) : wakeDate;
        return (ZonedTime.ToInstant(bedDate.ToDateTime(bed), zone), ZonedTime.ToInstant(wakeDate.ToDateTime(wake), zone));
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.h](?<m>\d{2}))?\s*(?<ampm>am|pm|a\.m\.|p\.m\.)?$")]
    private static partial Regex Clock();
}
