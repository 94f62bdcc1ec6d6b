using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Diagnostics;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealthAgent.Core.Tracking;

/// <summary>
/// The user's own trackers: definitions, and entries validated against them. A new entry earns tracking XP in the
/// same <c>SaveChanges</c>. Everything is filtered by the owner; another user's tracker or entry is not found.
/// </summary>
public sealed class CustomTrackerService(HealthDbContext db, GamificationRecorder gamification, TimeProvider time)
{
    /// <summary>Defines a tracker.</summary>
    /// <exception cref="DomainValidationException">The definition is invalid (each bad field named).</exception>
    /// <exception cref="ConflictException">The user already has a tracker of that name (ignoring case).</exception>
    /// <exception cref="NotFoundException">The user does not exist.</exception>
    public async Task<CustomTrackerView> DefineAsync(Guid userId, DefineTracker command, CancellationToken cancellationToken)
    {
        var fields = CustomTrackerValidator.ValidateDefinition(command);
        var name = command.Name.Trim();
        await db.TimeZoneOfAsync(userId, cancellationToken);
        if (await db.Set<CustomTracker>().AnyAsync(t => t.UserId == userId && t.Name.ToLower() == name.ToLower(), cancellationToken))
        {
            throw new ConflictException($"You already have a tracker called '{name}'.");
        }
        var now = time.GetUtcNow();
        var tracker = new CustomTracker
        {
            Id = Guid.CreateVersion7(now), UserId = userId, Name = name, Fields = CustomTrackerJson.WriteFields(fields), CreatedAt = now,
        };
        db.Set<CustomTracker>().Add(tracker);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent define of the same name passed the check too; the unique index decided.
            db.Entry(tracker).State = EntityState.Detached;
            throw new ConflictException($"You already have a tracker called '{name}'.");
        }
        return CustomTrackerView.Of(tracker);
    }

    /// <summary>The user's trackers by name.</summary>
    public async Task<IReadOnlyList<CustomTrackerView>> ListTrackersAsync(Guid userId, CancellationToken cancellationToken)
    {
        var trackers = await db.Set<CustomTracker>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return trackers.Select(CustomTrackerView.Of).ToList();
    }

    /// <summary>Deletes a tracker and all its entries.</summary>
    /// <exception cref="NotFoundException">The user has no such tracker.</exception>
    public async Task DeleteTrackerAsync(Guid userId, Guid trackerId, CancellationToken cancellationToken)
    {
        if (await db.Set<CustomTracker>().Where(t => t.Id == trackerId && t.UserId == userId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw new NotFoundException($"Tracker {trackerId}");
        }
    }

    /// <summary>Records an entry after validating it against the tracker's fields.</summary>
    /// <exception cref="NotFoundException">The user has no such tracker.</exception>
    /// <exception cref="DomainValidationException">A value is missing, unknown or invalid (each named as <c>values.&lt;field&gt;</c>).</exception>
    public async Task<Logged<CustomEntryView>> LogAsync(Guid userId, Guid trackerId, LogCustomEntry command, CancellationToken cancellationToken)
    {
        var tracker = await FindTrackerAsync(userId, trackerId, cancellationToken);
        var now = time.GetUtcNow();
        var entry = new CustomTrackerEntry { Id = Guid.CreateVersion7(now), UserId = userId, TrackerId = tracker.Id, Values = "", CreatedAt = now };
        Apply(entry, tracker, command, now);
        db.Set<CustomTrackerEntry>().Add(entry);
        var award = await gamification.RecordAsync(db, userId, ActivityKind.CustomTracker, $"tracking:custom:{entry.Id}", entry.RecordedAt, cancellationToken);
        await GamificationRecorder.SaveAsync(db, cancellationToken);
        BusinessMetrics.TrackingLogged(ActivityKind.CustomTracker, award);
        return new Logged<CustomEntryView>(CustomEntryView.Of(entry), award);
    }

    /// <summary>Replaces an entry's values and time.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="trackerId">The tracker the entry must belong to; any of the user's trackers when null.</param>
    /// <param name="entryId">The entry.</param>
    /// <param name="command">The new values.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <exception cref="NotFoundException">The user has no such entry (in that tracker).</exception>
    public async Task<CustomEntryView> UpdateEntryAsync(Guid userId, Guid? trackerId, Guid entryId, LogCustomEntry command, CancellationToken cancellationToken)
    {
        var entry = await Entries(userId, trackerId, entryId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Tracker entry {entryId}");
        Apply(entry, await FindTrackerAsync(userId, entry.TrackerId, cancellationToken), command, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CustomEntryView.Of(entry);
    }

    /// <summary>Deletes an entry.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="trackerId">The tracker the entry must belong to; any of the user's trackers when null.</param>
    /// <param name="entryId">The entry.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <exception cref="NotFoundException">The user has no such entry (in that tracker).</exception>
    public async Task DeleteEntryAsync(Guid userId, Guid? trackerId, Guid entryId, CancellationToken cancellationToken)
    {
        if (await Entries(userId, trackerId, entryId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw new NotFoundException($"Tracker entry {entryId}");
        }
    }

    private IQueryable<CustomTrackerEntry> Entries(Guid userId, Guid? trackerId, Guid entryId) =>
        db.Set<CustomTrackerEntry>().Where(e => e.Id == entryId && e.UserId == userId && (trackerId == null || e.TrackerId == trackerId));

    /// <summary>A tracker's entries on the local days <paramref name="from"/> to <paramref name="to"/>, newest first, one page at a time.</summary>
    /// <exception cref="NotFoundException">The user has no such tracker.</exception>
    public async Task<Page<CustomEntryView>> ListEntriesAsync(
        Guid userId, Guid trackerId, DateOnly from, DateOnly to, int limit = 50, string? cursor = null, CancellationToken cancellationToken = default)
    {
        await FindTrackerAsync(userId, trackerId, cancellationToken);
        var (start, end) = TrackingQueryService.Range(from, to, await db.TimeZoneOfAsync(userId, cancellationToken));
        var page = await db.Set<CustomTrackerEntry>().Where(e => e.UserId == userId && e.TrackerId == trackerId)
            .Between(start, end).PageAsync(limit, cursor, cancellationToken);
        return new Page<CustomEntryView>(page.Items.Select(CustomEntryView.Of).ToList(), page.NextCursor);
    }

    private async Task<CustomTracker> FindTrackerAsync(Guid userId, Guid trackerId, CancellationToken cancellationToken) =>
        await db.Set<CustomTracker>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == trackerId && t.UserId == userId, cancellationToken)
        ?? throw new NotFoundException($"Tracker {trackerId}");

    private static void Apply(CustomTrackerEntry entry, CustomTracker tracker, LogCustomEntry command, DateTimeOffset now)
    {
        var errors = new ErrorList();
        var at = TrackingValidation.Instant(errors, "recordedAt", command.RecordedAt, now);
        errors.ThrowIfAny();
        entry.Values = CustomTrackerValidator.ValidateEntry(CustomTrackerJson.ReadFields(tracker.Fields), command.Values ?? new Dictionary<string, System.Text.Json.JsonElement>());
        entry.RecordedAt = at;
    }
}
