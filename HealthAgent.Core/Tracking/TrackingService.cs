using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Diagnostics;
using HealthAgent.Core.Gamification;
using Microsoft.EntityFrameworkCore;
using static HealthAgent.Core.Tracking.TrackingValidation;

namespace HealthAgent.Core.Tracking;

/// <summary>
/// Records, edits and deletes the built-in tracking entries. A new entry and its rewards (10 XP, streaks,
/// achievements) are saved in one <c>SaveChanges</c>. Every lookup filters by the owner, so another user's entry is
/// <see cref="NotFoundException"/>. Edits and deletes keep XP already earned: the ledger is append-only.
/// </summary>
public sealed class TrackingService(HealthDbContext db, GamificationRecorder gamification, TimeProvider time)
{
    /// <summary>Records a weight.</summary>
    public Task<Logged<WeightEntry>> LogWeightAsync(Guid userId, LogWeight command, CancellationToken cancellationToken) =>
        AddAsync(userId, Apply(new WeightEntry { Id = NewId(), UserId = userId, CreatedAt = time.GetUtcNow() }, command), ActivityKind.Weight, cancellationToken);

    /// <summary>Records a night of sleep.</summary>
    public Task<Logged<SleepEntry>> LogSleepAsync(Guid userId, LogSleep command, CancellationToken cancellationToken) =>
        AddAsync(userId, Apply(new SleepEntry { Id = NewId(), UserId = userId, CreatedAt = time.GetUtcNow() }, command), ActivityKind.Sleep, cancellationToken);

    /// <summary>Records water.</summary>
    public Task<Logged<WaterEntry>> LogWaterAsync(Guid userId, LogWater command, CancellationToken cancellationToken) =>
        AddAsync(userId, Apply(new WaterEntry { Id = NewId(), UserId = userId, CreatedAt = time.GetUtcNow() }, command), ActivityKind.Water, cancellationToken);

    /// <summary>Records an exercise session, estimating kcal from the user's latest weight when none is given.</summary>
    public async Task<Logged<ExerciseEntry>> LogExerciseAsync(Guid userId, LogExercise command, CancellationToken cancellationToken)
    {
        var entry = await ApplyAsync(new ExerciseEntry { Id = NewId(), UserId = userId, CreatedAt = time.GetUtcNow(), Type = "" }, command, cancellationToken);
        return await AddAsync(userId, entry, ActivityKind.Exercise, cancellationToken);
    }

    /// <summary>Records a mood.</summary>
    public Task<Logged<MoodEntry>> LogMoodAsync(Guid userId, LogMood command, CancellationToken cancellationToken) =>
        AddAsync(userId, Apply(new MoodEntry { Id = NewId(), UserId = userId, CreatedAt = time.GetUtcNow() }, command), ActivityKind.Mood, cancellationToken);

    /// <summary>Replaces a weight entry's values.</summary>
    public Task<WeightEntry> UpdateWeightAsync(Guid userId, Guid entryId, LogWeight command, CancellationToken cancellationToken) =>
        UpdateAsync<WeightEntry>(userId, entryId, e => Task.FromResult(Apply(e, command)), cancellationToken);

    /// <summary>Replaces a sleep entry's values.</summary>
    public Task<SleepEntry> UpdateSleepAsync(Guid userId, Guid entryId, LogSleep command, CancellationToken cancellationToken) =>
        UpdateAsync<SleepEntry>(userId, entryId, e => Task.FromResult(Apply(e, command)), cancellationToken);

    /// <summary>Replaces a water entry's values.</summary>
    public Task<WaterEntry> UpdateWaterAsync(Guid userId, Guid entryId, LogWater command, CancellationToken cancellationToken) =>
        UpdateAsync<WaterEntry>(userId, entryId, e => Task.FromResult(Apply(e, command)), cancellationToken);

    /// <summary>Replaces an exercise entry's values (kcal re-estimated when not given).</summary>
    public Task<ExerciseEntry> UpdateExerciseAsync(Guid userId, Guid entryId, LogExercise command, CancellationToken cancellationToken) =>
        UpdateAsync<ExerciseEntry>(userId, entryId, e => ApplyAsync(e, command, cancellationToken), cancellationToken);

    /// <summary>Replaces a mood entry's values.</summary>
    public Task<MoodEntry> UpdateMoodAsync(Guid userId, Guid entryId, LogMood command, CancellationToken cancellationToken) =>
        UpdateAsync<MoodEntry>(userId, entryId, e => Task.FromResult(Apply(e, command)), cancellationToken);

    /// <summary>Deletes one of the user's entries.</summary>
    /// <exception cref="NotFoundException">The user has no such entry.</exception>
    public Task DeleteAsync(Guid userId, TrackingKind kind, Guid entryId, CancellationToken cancellationToken) => kind switch
    {
        TrackingKind.Weight => DeleteAsync<WeightEntry>(userId, entryId, cancellationToken),
        TrackingKind.Sleep => DeleteAsync<SleepEntry>(userId, entryId, cancellationToken),
        TrackingKind.Water => DeleteAsync<WaterEntry>(userId, entryId, cancellationToken),
        TrackingKind.Exercise => DeleteAsync<ExerciseEntry>(userId, entryId, cancellationToken),
        TrackingKind.Mood => DeleteAsync<MoodEntry>(userId, entryId, cancellationToken),
        _ => throw DomainValidationException.For("kind", $"Unknown tracking kind {kind}."),
    };

    private Guid NewId() => Guid.CreateVersion7(time.GetUtcNow());

    private async Task<Logged<T>> AddAsync<T>(Guid userId, T entry, ActivityKind kind, CancellationToken cancellationToken)
        where T : class, ITrackedEntry<T>
    {
        db.Set<T>().Add(entry);
        var award = await gamification.RecordAsync(db, userId, kind, $"tracking:{kind}:{entry.Id}".ToLowerInvariant(), entry.At, cancellationToken);
        await GamificationRecorder.SaveAsync(db, cancellationToken);
        BusinessMetrics.TrackingLogged(kind, award);
        return new Logged<T>(entry, award);
    }

    private async Task<T> UpdateAsync<T>(Guid userId, Guid entryId, Func<T, Task<T>> apply, CancellationToken cancellationToken)
        where T : class, ITrackedEntry<T>
    {
        var entry = await db.Set<T>().SingleOrDefaultAsync(e => e.Id == entryId && e.UserId == userId, cancellationToken)
            ?? throw new NotFoundException($"{typeof(T).Name} {entryId}");
        await apply(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    private async Task DeleteAsync<T>(Guid userId, Guid entryId, CancellationToken cancellationToken) where T : class, ITrackedEntry<T>
    {
        var deleted = await db.Set<T>().Where(e => e.Id == entryId && e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new NotFoundException($"{typeof(T).Name} {entryId}");
        }
    }

    private WeightEntry Apply(WeightEntry entry, LogWeight command)
    {
        var errors = new ErrorList();
        Range(errors, "weightKg", command.WeightKg, (decimal)TrackingRules.MinWeightKg, (decimal)TrackingRules.MaxWeightKg);
        var at = Instant(errors, "measuredAt", command.MeasuredAt, time.GetUtcNow());
        errors.ThrowIfAny();
        entry.WeightKg = Math.Round(command.WeightKg, 2, MidpointRounding.AwayFromZero);
        entry.MeasuredAt = at;
        return entry;
    }

    private SleepEntry Apply(SleepEntry entry, LogSleep command)
    {
        var errors = new ErrorList();
        Range(errors, "quality", command.Quality, TrackingRules.MinScore, TrackingRules.MaxScore);
        var now = time.GetUtcNow();
        var bedtime = Instant(errors, "bedtime", command.Bedtime, now);
        var wake = Instant(errors, "wakeTime", command.WakeTime, now);
        if (wake <= bedtime || wake - bedtime >= TimeSpan.FromHours(24))
        {
            errors.Add("wakeTime", "wakeTime must be after bedtime and less than 24 hours later.");
        }
        if (command.Awakenings is { } awakenings)
        {
            Range(errors, "awakenings", awakenings, 0, TrackingRules.MaxAwakenings);
        }
        errors.ThrowIfAny();
        (entry.Bedtime, entry.WakeTime, entry.Quality) = (bedtime, wake, command.Quality);
        (entry.Awakenings, entry.CaffeineLate, entry.ScreensBeforeBed) = (command.Awakenings, command.CaffeineLate, command.ScreensBeforeBed);
        return entry;
    }

    private WaterEntry Apply(WaterEntry entry, LogWater command)
    {
        var errors = new ErrorList();
        Range(errors, "amountMl", command.AmountMl, TrackingRules.MinWaterMl, TrackingRules.MaxWaterMl);
        var at = Instant(errors, "drunkAt", command.DrunkAt, time.GetUtcNow());
        errors.ThrowIfAny();
        (entry.AmountMl, entry.DrunkAt) = (command.AmountMl, at);
        return entry;
    }

    private MoodEntry Apply(MoodEntry entry, LogMood command)
    {
        var errors = new ErrorList();
        Range(errors, "score", command.Score, TrackingRules.MinScore, TrackingRules.MaxScore);
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        if (note?.Length > TrackingRules.MaxNoteLength)
        {
            errors.Add("note", $"note must have at most {TrackingRules.MaxNoteLength} characters.");
        }
        var at = Instant(errors, "feltAt", command.FeltAt, time.GetUtcNow());
        errors.ThrowIfAny();
        (entry.Score, entry.Note, entry.FeltAt) = (command.Score, note, at);
        return entry;
    }

    private async Task<ExerciseEntry> ApplyAsync(ExerciseEntry entry, LogExercise command, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        var type = command.Type?.Trim().ToLowerInvariant() ?? "";
        if (type.Length is 0 or > TrackingRules.MaxExerciseTypeLength)
        {
            errors.Add("type", $"type must have 1 to {TrackingRules.MaxExerciseTypeLength} characters.");
        }
        Range(errors, "minutes", command.Minutes, TrackingRules.MinExerciseMinutes, TrackingRules.MaxExerciseMinutes);
        if (command.Kcal is { } kcal)
        {
            Range(errors, "kcal", kcal, 0, TrackingRules.MaxExerciseKcal);
        }
        if (!Enum.IsDefined(command.Intensity))
        {
            errors.Add("intensity", "intensity must be low, moderate or high.");
        }
        var at = Instant(errors, "performedAt", command.PerformedAt, time.GetUtcNow());
        errors.ThrowIfAny();

        var weight = command.Kcal is null
            ? await db.Set<WeightEntry>().AsNoTracking().Where(w => w.UserId == entry.UserId)
                .OrderByDescending(w => w.MeasuredAt).Select(w => (decimal?)w.WeightKg).FirstOrDefaultAsync(cancellationToken)
            : null;
        (entry.Type, entry.Minutes, entry.Intensity, entry.PerformedAt) = (type, command.Minutes, command.Intensity, at);
        entry.KcalEstimated = command.Kcal is null;
        entry.Kcal = command.Kcal ?? ExerciseCalories.Estimate(type, command.Intensity, command.Minutes, weight ?? ExerciseCalories.DefaultWeightKg);
        return entry;
    }
}
