namespace HealthAgent.Core.Tracking;

/// <summary>
/// Averages over the last <paramref name="Days"/> local days (today included). Daily amounts (water, exercise) are
/// averaged over the days that have entries; a value is null when the window has no data for it.
/// </summary>
/// <param name="Days">Window length in days.</param>
/// <param name="From">First local date of the window.</param>
/// <param name="To">Last local date (today).</param>
/// <param name="AverageWeightKg">Mean of the weights.</param>
/// <param name="WeightChangeKg">Latest minus earliest weight in the window; null with fewer than two.</param>
/// <param name="AverageSleepHours">Mean sleep duration of the nights woken up from in the window.</param>
/// <param name="AverageSleepQuality">Mean sleep quality.</param>
/// <param name="AverageWaterMlPerDay">Mean daily water total.</param>
/// <param name="AverageExerciseMinutesPerDay">Mean daily exercise minutes.</param>
/// <param name="AverageExerciseKcalPerDay">Mean daily exercise kcal.</param>
/// <param name="AverageMood">Mean mood score.</param>
public sealed record TrendWindow(
    int Days, DateOnly From, DateOnly To,
    double? AverageWeightKg, double? WeightChangeKg,
    double? AverageSleepHours, double? AverageSleepQuality,
    double? AverageWaterMlPerDay, double? AverageExerciseMinutesPerDay, double? AverageExerciseKcalPerDay,
    double? AverageMood);
