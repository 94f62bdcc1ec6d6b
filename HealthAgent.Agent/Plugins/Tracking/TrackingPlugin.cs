using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Tracking;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Tracking;

/// <summary>The <c>tracking</c> plugin: weight, sleep, water, exercise, mood, the user's own trackers, and the trends over them.</summary>
public sealed class TrackingPlugin(ToolContext user, TrackingService tracking, CustomTrackerService trackers, TrackingQueryService queries, TimeProvider time)
{
    /// <summary>The plugin's name.</summary>
    public const string Name = "tracking";

    /// <summary>The quality recorded when the user did not give one: the middle of the scale, not a judgement.</summary>
    public const int NeutralQuality = 5;


    private readonly UserClock _clock = new(user, time);

    /// <summary><c>tracking_log_weight</c>.</summary>
    [KernelFunction("log_weight"), Description("Records the user's body weight, in kg or lb; omit the unit when the user did not say one (their own units apply).")]
    public Task<Logged<WeightEntry>> LogWeightAsync(
        [Range(1, 1000)] decimal weight,
        WeightUnit? unit = null,
        [Description("HH:mm or ISO 8601; now when omitted.")] string? time = null,
        CancellationToken cancellationToken = default)
    {
        return tracking.LogWeightAsync(user.UserId, new LogWeight(user.Kilograms(weight, unit), _clock.Instant(time, nameof(time))), cancellationToken);
    }

    /// <summary><c>tracking_log_sleep</c>.</summary>
    [KernelFunction("log_sleep"), Description("Records last night's sleep: duration in hours, optional quality and wake time.")]
    public Task<Logged<SleepEntry>> LogSleepAsync(
        [Description("Duration in hours, e.g. 7.5 for 7h30."), Range(0.25, 23.9)] decimal hours,
        [Description("1–10 if the user said; 5 otherwise."), Range(TrackingRules.MinScore, TrackingRules.MaxScore)] int quality = NeutralQuality,
        [Description("HH:mm or ISO 8601; now when omitted.")] string? wakeTime = null,
        CancellationToken cancellationToken = default)
    {
        var wake = _clock.Instant(wakeTime, nameof(wakeTime)) ?? _clock.Now;
        var bedtime = wake.AddMinutes((double)Math.Round(-hours * 60));
        return tracking.LogSleepAsync(user.UserId, new LogSleep(bedtime, wake, quality), cancellationToken);
    }

    /// <summary><c>tracking_log_water</c>.</summary>
    [KernelFunction("log_water"), Description("Records water the user drank, in millilitres (a glass is about 250 ml).")]
    public Task<Logged<WaterEntry>> LogWaterAsync(
        [Range(TrackingRules.MinWaterMl, TrackingRules.MaxWaterMl)] int amountMl,
        [Description("HH:mm or ISO 8601; now when omitted.")] string? time = null,
        CancellationToken cancellationToken = default) =>
        tracking.LogWaterAsync(user.UserId, new LogWater(amountMl, _clock.Instant(time, nameof(time))), cancellationToken);

    /// <summary><c>tracking_log_exercise</c>.</summary>
    [KernelFunction("log_exercise"), Description("Records an exercise session: type and minutes, optional intensity and calories.")]
    public Task<Logged<ExerciseEntry>> LogExerciseAsync(
        [Description("What the user did, e.g. running, cycling, yoga."), MaxLength(TrackingRules.MaxExerciseTypeLength)] string type,
        [Range(TrackingRules.MinExerciseMinutes, TrackingRules.MaxExerciseMinutes)] int minutes,
        ExerciseIntensity intensity = ExerciseIntensity.Moderate,
        [Description("Only if the user gave it."), Range(0, TrackingRules.MaxExerciseKcal)] int? kcal = null,
        [Description("When it started: HH:mm or ISO 8601; now when omitted.")] string? time = null,
        CancellationToken cancellationToken = default) =>
        tracking.LogExerciseAsync(user.UserId, new LogExercise(type, minutes, intensity, kcal, _clock.Instant(time, nameof(time))), cancellationToken);

    /// <summary><c>tracking_log_mood</c>.</summary>
    [KernelFunction("log_mood"), Description("Records the user's mood, 1 (awful) to 10 (great), with an optional note.")]
    public Task<Logged<MoodEntry>> LogMoodAsync(
        [Range(TrackingRules.MinScore, TrackingRules.MaxScore)] int score,
        [MaxLength(TrackingRules.MaxNoteLength)] string? note = null,
        CancellationToken cancellationToken = default) =>
        tracking.LogMoodAsync(user.UserId, new LogMood(score, note), cancellationToken);

    /// <summary><c>tracking_define_custom</c>.</summary>
    [KernelFunction("define_custom"), Description(
        "Creates a custom tracker with one value when the user asks to track something new (headaches, steps, coffee): a scale (default 1–5), " +
        "a number with an optional unit, or yes/no. For several fields use the REST API.")]
    public Task<CustomTrackerView> DefineCustomAsync(
        [Description("The tracker's name, e.g. headaches."), MaxLength(CustomTrackerValidator.MaxNameLength)] string name,
        [Description("scale, number or yes_no.")] CustomFieldType kind = CustomFieldType.Scale,
        [Description("For a scale: the lowest value (default 1).")] int? min = null,
        [Description("For a scale: the highest value (default 5).")] int? max = null,
        [Description("For a number: its unit, e.g. steps or cups."), MaxLength(30)] string? unit = null,
        CancellationToken cancellationToken = default)
    {
        var field = kind switch
        {
            CustomFieldType.Scale => new CustomField("level", kind, Min: min ?? 1, Max: max ?? 5),
            CustomFieldType.Number => new CustomField("amount", kind, unit),
            CustomFieldType.YesNo => new CustomField("done", kind),
            _ => throw new ToolArgumentException("kind is scale, number or yes_no."),
        };
        return trackers.DefineAsync(user.UserId, new DefineTracker(name.Trim(), [field]), cancellationToken);
    }

    /// <summary><c>tracking_log_custom</c>.</summary>
    [KernelFunction("log_custom"), Description("Records an entry in one of the user's custom trackers (by tracker name).")]
    public async Task<Logged<CustomEntryView>> LogCustomAsync(
        [Description("The tracker's name."), MaxLength(100)] string tracker,
        [Description("Field name → value.")] Dictionary<string, JsonElement>? values = null,
        [Description("The value, for a tracker with a single field.")] JsonElement? value = null,
        [Description("HH:mm or ISO 8601; now when omitted.")] string? time = null,
        CancellationToken cancellationToken = default)
    {
        var all = await trackers.ListTrackersAsync(user.UserId, cancellationToken);
        // "headache 3/5" logs in the tracker "headaches": a trailing s does not make another tracker.
        var found = all.FirstOrDefault(t => string.Equals(t.Name.TrimEnd('s', 'S'), tracker.Trim().TrimEnd('s', 'S'), StringComparison.OrdinalIgnoreCase))
            ?? throw new ToolArgumentException($"No tracker named '{tracker}'. The user's trackers: {(all.Count == 0 ? "none yet" : string.Join(", ", all.Select(t => t.Name)))}.");
        var given = values is { Count: > 0 } ? values
            : value is { } single && found.Fields.Count == 1 ? new Dictionary<string, JsonElement> { [found.Fields[0].Name] = single }
            : throw new ToolArgumentException($"Give 'values' for the fields: {string.Join(", ", found.Fields.Select(f => f.Name))}.");
        return await trackers.LogAsync(user.UserId, found.Id, new LogCustomEntry(given, _clock.Instant(time, nameof(time))), cancellationToken);
    }

    /// <summary><c>tracking_trends</c>.</summary>
    [KernelFunction("trends"), Description("Averages and changes of weight, sleep, water, exercise and mood over 7 and 30 days.")]
    public Task<TrackingTrends> TrendsAsync(CancellationToken cancellationToken = default) => queries.TrendsAsync(user.UserId, cancellationToken);
}
