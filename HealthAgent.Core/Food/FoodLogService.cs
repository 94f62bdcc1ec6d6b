using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Diagnostics;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Time;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealthAgent.Core.Food;

/// <summary>Logs, changes, deletes (softly) and lists food entries; every query is scoped to the user.</summary>
public sealed class FoodLogService(HealthDbContext db, UserService users, GamificationRecorder gamification, TimeProvider time)
{
    /// <summary>
    /// Logs an entry and its XP in one transaction; a repeated idempotency key returns the entry logged the first time
    /// (and awards nothing).
    /// </summary>
    public async Task<Logged<FoodEntryView>> LogAsync(Guid userId, LogFoodCommand command, CancellationToken cancellationToken = default)
    {
        FoodRules.Validate(command.Items);
        var zone = await users.GetTimeZoneAsync(userId, cancellationToken);
        if (command.IdempotencyKey is { } key && await FindByKeyAsync(userId, key, cancellationToken) is { } earlier)
        {
            return new Logged<FoodEntryView>(FoodEntryView.From(earlier, zone), null);
        }

        var now = time.GetUtcNow();
        var eatenAt = EatenAt(command, zone, now);
        var entry = new FoodEntry
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Meal = command.Meal ?? MealTimes.Infer(TimeOnly.FromDateTime(ZonedTime.LocalDateTime(eatenAt, zone))),
            EatenAt = eatenAt,
            Note = Limit(command.Note, FoodRules.MaxNoteLength, "note"),
            SourceText = Limit(command.SourceText, FoodRules.MaxTextLength, "sourceText"),
            IdempotencyKey = Limit(command.IdempotencyKey, FoodRules.MaxIdempotencyKeyLength, "idempotencyKey"),
            CreatedAt = now,
            UpdatedAt = now,
            Items = command.Items.Select((draft, i) => ToItem(draft, userId, i)).ToList(),
        };
        db.Set<FoodEntry>().Add(entry);
        var award = await gamification.RecordAsync(db, userId, ActivityKind.Meal, $"meal:{entry.Id}", eatenAt, cancellationToken);
        try
        {
            await GamificationRecorder.SaveAsync(db, cancellationToken);
        }
        catch (DbUpdateException ex) when (command.IdempotencyKey is not null && ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same request arrived twice at once; the other one logged it.
            db.ChangeTracker.Clear();
            return new Logged<FoodEntryView>(FoodEntryView.From((await FindByKeyAsync(userId, command.IdempotencyKey, cancellationToken))!, zone), null);
        }
        BusinessMetrics.FoodLogged(entry.Meal.ToString().ToLowerInvariant(), award);
        return new Logged<FoodEntryView>(FoodEntryView.From(entry, zone), award);
    }

    /// <summary>One entry of the user.</summary>
    /// <exception cref="NotFoundException">The user has no such entry (or it was deleted).</exception>
    public async Task<FoodEntryView> GetAsync(Guid userId, Guid entryId, CancellationToken cancellationToken = default)
    {
        var zone = await users.GetTimeZoneAsync(userId, cancellationToken);
        return FoodEntryView.From(await LoadAsync(userId, entryId, tracking: false, cancellationToken), zone);
    }

    /// <summary>Changes an entry's meal, time or note.</summary>
    public async Task<FoodEntryView> UpdateEntryAsync(Guid userId, Guid entryId, MealType? meal, DateTimeOffset? eatenAt, string? note,
        CancellationToken cancellationToken = default)
    {
        var zone = await users.GetTimeZoneAsync(userId, cancellationToken);
        var entry = await LoadAsync(userId, entryId, tracking: true, cancellationToken);
        var now = time.GetUtcNow();
        if (meal is { } m) entry.Meal = m;
        if (eatenAt is { } at) entry.EatenAt = EatenAt(new LogFoodCommand([], EatenAt: at), zone, now);
        if (note is not null) entry.Note = Limit(note, FoodRules.MaxNoteLength, "note");
        entry.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return FoodEntryView.From(entry, zone);
    }

    /// <summary>Changes one item: new grams rescale its figures, given figures replace them (source becomes the user).</summary>
    public async Task<FoodEntryView> UpdateItemAsync(Guid userId, Guid entryId, Guid itemId, ItemChange change, CancellationToken cancellationToken = default)
    {
        var zone = await users.GetTimeZoneAsync(userId, cancellationToken);
        var entry = await LoadAsync(userId, entryId, tracking: true, cancellationToken);
        var item = entry.Items.FirstOrDefault(i => i.Id == itemId) ?? throw new NotFoundException("The item");
        var draft = new FoodItemDraft(change.Name?.Trim() ?? item.Name, change.Quantity ?? item.Quantity, change.Unit?.Trim() ?? item.Unit,
            change.Grams ?? item.Grams, change.Nutrients ?? Rescaled(item, change.Grams), change.Nutrients is null ? item.Source : NutritionSource.User,
            change.Nutrients is null ? item.Confidence : 1m, item.FdcId);
        FoodRules.Validate([draft]);
        (item.Name, item.Quantity, item.Unit, item.Grams, item.Source, item.Confidence) =
            (draft.Name, draft.Quantity, draft.Unit, draft.Grams, draft.Source, draft.Confidence);
        item.SetNutrients(draft.Nutrients.Rounded());
        entry.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return FoodEntryView.From(entry, zone);
    }

    /// <summary>Deletes an entry: it disappears from every list and total but stays stored for audit.</summary>
    public async Task DeleteAsync(Guid userId, Guid entryId, CancellationToken cancellationToken = default)
    {
        var entry = await LoadAsync(userId, entryId, tracking: true, cancellationToken);
        entry.DeletedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The user's entries, newest first, optionally of one local day, keyset-paginated.</summary>
    public async Task<Page<FoodEntryView>> ListAsync(Guid userId, DateOnly? date, int? limit, string? cursor, CancellationToken cancellationToken = default)
    {
        var size = KeysetCursor.Limit(limit);
        var after = KeysetCursor.Decode(cursor);
        var zone = await users.GetTimeZoneAsync(userId, cancellationToken);
        var query = db.Set<FoodEntry>().AsNoTracking().Include(e => e.Items)
            .Where(e => e.UserId == userId && e.DeletedAt == null);
        if (date is { } day)
        {
            var (start, end) = ZonedTime.DayRange(day, zone);
            query = query.Where(e => e.EatenAt >= start && e.EatenAt < end);
        }
        if (after is { } position)
        {
            query = query.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.EatenAt, e.Id), ValueTuple.Create(position.Time, position.Id)));
        }
        var rows = await query.OrderByDescending(e => e.EatenAt).ThenByDescending(e => e.Id).Take(size + 1)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var page = rows.Take(size).Select(e => FoodEntryView.From(e, zone)).ToList();
        var next = rows.Count > size ? KeysetCursor.Encode(page[^1].EatenAt, page[^1].Id) : null;
        return new Page<FoodEntryView>(page, next);
    }

    internal static Nutrients Rescaled(FoodItem item, decimal? grams) =>
        grams is { } g && item.Grams > 0 ? item.Nutrients.Scale(g / item.Grams) : item.Nutrients;

    internal static FoodItem ToItem(FoodItemDraft draft, Guid userId, int position)
    {
        var item = new FoodItem
        {
            UserId = userId, Position = position, Name = draft.Name.Trim(), Quantity = draft.Quantity, Unit = draft.Unit.Trim(),
            Grams = Math.Round(draft.Grams, 1), Source = draft.Source, Confidence = Math.Round(draft.Confidence, 2), FdcId = draft.FdcId,
        };
        item.SetNutrients(draft.Nutrients.Rounded());
        return item;
    }

    private static DateTimeOffset EatenAt(LogFoodCommand command, TimeZoneInfo zone, DateTimeOffset now)
    {
        var at = command.EatenAt?.ToUniversalTime() ?? (command.EatenAtLocal is { } local ? ZonedTime.ToInstant(local, zone) : now);
        return TimeRules.Logged("eatenAt", at, now);
    }

    private static string? Limit(string? text, int max, string field) =>
        text is null ? null
        : text.Trim().Length <= max ? text.Trim()
        : throw DomainValidationException.For(field, $"At most {max} characters.");

    private Task<FoodEntry?> FindByKeyAsync(Guid userId, string key, CancellationToken cancellationToken) =>
        db.Set<FoodEntry>().AsNoTracking().Include(e => e.Items).FirstOrDefaultAsync(e => e.UserId == userId && e.IdempotencyKey == key, cancellationToken);

    private async Task<FoodEntry> LoadAsync(Guid userId, Guid entryId, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Set<FoodEntry>().Include(e => e.Items).Where(e => e.Id == entryId && e.UserId == userId && e.DeletedAt == null);
        return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The food entry");
    }
}
