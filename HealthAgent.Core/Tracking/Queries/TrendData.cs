using HealthAgent.Core.Time;

namespace HealthAgent.Core.Tracking;

/// <summary>Thirty days of entries, from which windows ending today are computed in memory by local date.</summary>
internal sealed record TrendData(
    TimeZoneInfo Zone,
    IReadOnlyList<WeightEntry> Weights,
    IReadOnlyList<SleepEntry> Sleeps,
    IReadOnlyList<WaterEntry> Water,
    IReadOnlyList<ExerciseEntry> Exercise,
    IReadOnlyList<MoodEntry> Moods)
{
    public TrendWindow Window(DateOnly today, int days)
    {
        var from = today.AddDays(1 - days);
        bool In(DateTimeOffset at) => ZonedTime.LocalDate(at, Zone) >= from;

        var weights = Weights.Where(w => In(w.MeasuredAt)).OrderBy(w => w.MeasuredAt).ThenBy(w => w.Id).ToList();
        var sleeps = Sleeps.Where(s => In(s.WakeTime)).ToList();
        var water = Water.Where(w => In(w.DrunkAt)).GroupBy(w => ZonedTime.LocalDate(w.DrunkAt, Zone)).Select(g => (double)g.Sum(w => w.AmountMl)).ToList();
        var exercise = Exercise.Where(e => In(e.PerformedAt)).GroupBy(e => ZonedTime.LocalDate(e.PerformedAt, Zone)).ToList();
        var moods = Moods.Where(m => In(m.FeltAt)).ToList();

        return new TrendWindow(
            days, from, today,
            Average(weights.Select(w => (double)w.WeightKg)),
            weights.Count >= 2 ? Math.Round((double)(weights[^1].WeightKg - weights[0].WeightKg), 2) : null,
            Average(sleeps.Select(s => s.Duration.TotalHours)),
            Average(sleeps.Select(s => (double)s.Quality)),
            Average(water),
            Average(exercise.Select(g => (double)g.Sum(e => e.Minutes))),
            Average(exercise.Select(g => (double)g.Sum(e => e.Kcal))),
            Average(moods.Select(m => (double)m.Score)));
    }

    private static double? Average(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 2);
    }
}
