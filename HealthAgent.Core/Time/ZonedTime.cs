namespace HealthAgent.Core.Time;

/// <summary>
/// Conversions between instants and a user's wall-clock time. Every "today" in HealthAgent is the user's local day,
/// computed here from <c>users.time_zone</c>; DST gaps and overlaps are resolved the same way everywhere.
/// </summary>
public static class ZonedTime
{
    /// <summary>The user's local calendar date at <paramref name="instant"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The user's wall-clock time at <paramref name="instant"/>.</summary>
    public static DateTime LocalDateTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>
    /// The instant at which the wall clock shows <paramref name="local"/>. A time skipped by a DST gap maps to the first
    /// valid instant after it (the transition); a time that occurs twice in an overlap maps to its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // Transitions fall on whole minutes, and no gap is longer than a few hours.
            var valid = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
            while (zone.IsInvalidTime(valid))
            {
                valid = valid.AddMinutes(1);
            }
            return new DateTimeOffset(valid, zone.GetUtcOffset(valid)).ToUniversalTime();
        }
        if (zone.IsAmbiguousTime(local))
        {
            var earliest = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, earliest).ToUniversalTime();
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The half-open UTC range [start, end) of the local day <paramref name="date"/>; 23 or 25 hours long on DST days.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) DayRange(DateOnly date, TimeZoneInfo zone) =>
        (ToInstant(date.ToDateTime(TimeOnly.MinValue), zone), ToInstant(date.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));

    /// <summary>The half-open UTC range of the local days from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) DaysRange(DateOnly first, DateOnly last, TimeZoneInfo zone) =>
        (DayRange(first, zone).Start, DayRange(last, zone).End);

    /// <summary>The Monday of the week (Monday to Sunday) that contains <paramref name="date"/>: HealthAgent's weeks start on Monday.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
