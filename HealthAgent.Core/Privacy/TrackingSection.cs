using HealthAgent.Core.Data;
using HealthAgent.Core.Tracking;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Privacy;

/// <summary>Every tracking entry and custom tracker with its entries.</summary>
public sealed class TrackingSection(HealthDbContext db) : IUserDataSection
{
    /// <inheritdoc />
    public string Name => "tracking";

    /// <inheritdoc />
    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var trackers = await db.Set<CustomTracker>().AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        var custom = await db.Set<CustomTrackerEntry>().AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.RecordedAt).ToListAsync(cancellationToken);
        return new
        {
            weight = await AllAsync<WeightEntry>(userId, cancellationToken),
            sleep = await AllAsync<SleepEntry>(userId, cancellationToken),
            water = await AllAsync<WaterEntry>(userId, cancellationToken),
            exercise = await AllAsync<ExerciseEntry>(userId, cancellationToken),
            mood = await AllAsync<MoodEntry>(userId, cancellationToken),
            customTrackers = trackers.Select(CustomTrackerView.Of),
            customEntries = custom.Select(CustomEntryView.Of),
        };
    }

    private async Task<List<T>> AllAsync<T>(Guid userId, CancellationToken cancellationToken) where T : class, ITrackedEntry<T> =>
        await db.Set<T>().AsNoTracking().Where(e => e.UserId == userId).OrderBy(T.Time).ToListAsync(cancellationToken);
}
