namespace HealthAgent.Core.Reminders.Housekeeping;

/// <summary>The weekly summary's settings, bound from <c>Reminders:WeeklySummary</c> (docs/configuration.md).</summary>
public sealed class WeeklySummaryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reminders:WeeklySummary";

    /// <summary>
    /// The local weekday the summary goes out on, at the user's daily-summary time (default Sunday). Friday to Sunday
    /// it covers the week under way; Monday to Thursday, the week before (see <see cref="WeeklySummarySchedule"/>).
    /// </summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Sunday;
}
