namespace HealthAgent.Core.Tracking;

/// <summary>An exercise session to record.</summary>
/// <param name="Type">What the user did (1–100 characters), for example <c>running</c>.</param>
/// <param name="Minutes">Duration, 1–600 minutes.</param>
/// <param name="Intensity">How hard it was.</param>
/// <param name="Kcal">Energy burned if the user knows it (0–10000); estimated from MET values when null.</param>
/// <param name="PerformedAt">When it started; now when null.</param>
public sealed record LogExercise(string Type, int Minutes, ExerciseIntensity Intensity, int? Kcal = null, DateTimeOffset? PerformedAt = null);
