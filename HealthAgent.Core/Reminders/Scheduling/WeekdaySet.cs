namespace HealthAgent.Core.Reminders.Scheduling;

/// <summary>A set of weekdays as a bit mask: bit <c>(int)DayOfWeek</c> (Sunday = bit 0); 0 means every day.</summary>
public static class WeekdaySet
{
    /// <summary>Every day of the week, spelled out.</summary>
    public const int All = 0b111_1111;

    /// <summary>Monday to Friday.</summary>
    public const int Weekdays = 0b011_1110;

    /// <summary>Saturday and Sunday.</summary>
    public const int Weekend = 0b100_0001;

    /// <summary>The mask of <paramref name="days"/>.</summary>
    public static int Of(params IEnumerable<DayOfWeek> days) => days.Aggregate(0, (mask, d) => mask | (1 << (int)d));

    /// <summary>Whether <paramref name="mask"/> includes <paramref name="day"/> (0 includes every day).</summary>
    public static bool Contains(int mask, DayOfWeek day) => mask == 0 || (mask & (1 << (int)day)) != 0;

    /// <summary>The days in <paramref name="mask"/>, Monday first.</summary>
    public static IReadOnlyList<DayOfWeek> Days(int mask) =>
        Enumerable.Range(1, 7).Select(i => (DayOfWeek)(i % 7)).Where(d => Contains(mask, d)).ToList();
}
