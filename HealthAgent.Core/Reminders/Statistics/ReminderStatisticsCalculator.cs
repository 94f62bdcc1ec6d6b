using HealthAgent.Core.Time;

namespace HealthAgent.Core.Reminders.Statistics;

/// <summary>Computes <see cref="ReminderStatistics"/> from delivery rows; weekdays are the user's local ones.</summary>
public static class ReminderStatisticsCalculator
{
    /// <summary>Done within this long after the scheduled instant counts as on time.</summary>
    public static readonly TimeSpan OnTimeWindow = TimeSpan.FromMinutes(30);

    /// <summary>The statistics of <paramref name="deliveries"/> (any order).</summary>
    public static ReminderStatistics Compute(Guid? reminderId, IEnumerable<ReminderDelivery> deliveries, TimeZoneInfo zone)
    {
        var finished = deliveries
            .Where(d => d.Status is not (DeliveryStatus.Pending or DeliveryStatus.Snoozed))
            .OrderBy(d => d.ScheduledAt)
            .ToList();
        var done = finished.Count(d => d.Status == DeliveryStatus.Done);
        var onTime = finished.Count(d => d.Status == DeliveryStatus.Done && d.CompletedAt - d.ScheduledAt <= OnTimeWindow);
        int best = 0, run = 0;
        foreach (var d in finished)
        {
            run = d.Status == DeliveryStatus.Done ? run + 1 : 0;
            best = Math.Max(best, run);
        }
        var byWeekday = Enumerable.Range(1, 7).Select(i => (DayOfWeek)(i % 7)).Select(day =>
        {
            var onDay = finished.Where(d => ZonedTime.LocalDate(d.ScheduledAt, zone).DayOfWeek == day).ToList();
            var doneOnDay = onDay.Count(d => d.Status == DeliveryStatus.Done);
            return new WeekdayRate(day, onDay.Count, doneOnDay, onDay.Count == 0 ? 0 : Math.Round((double)doneOnDay / onDay.Count, 3));
        }).ToList();
        return new ReminderStatistics(reminderId, finished.Count, done, onTime,
            finished.Count(d => d.Status == DeliveryStatus.Skipped), finished.Count(d => d.Status == DeliveryStatus.Missed),
            finished.Count == 0 ? 0 : Math.Round((double)done / finished.Count, 3), run, best, byWeekday);
    }
}
