using System.Globalization;
using System.Numerics;
using HealthAgent.Core.Caching;
using HealthAgent.Core.Data;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Memory;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace HealthAgent.Core.Import;

/// <summary>
/// Imports one legacy user folder in one transaction: finds or creates the user by Telegram id, writes each fact where
/// HealthAgent has nothing yet (an equal value is a duplicate, a different one a conflict, never overwritten) and each
/// memory it does not already hold. A dry run does all of it and rolls back, so its report is the real one.
/// </summary>
public sealed class MemoryImporter(HealthDbContext db, TimeProvider time, ILogger<MemoryImporter> logger, AppCache? cache = null)
{
    /// <summary>Imports <paramref name="folder"/>; with <paramref name="dryRun"/> nothing is kept.</summary>
    public async Task<UserReport> ImportAsync(LegacyFolder folder, bool dryRun, CancellationToken cancellationToken)
    {
        var plan = LegacyParser.Parse(folder);
        var skipped = plan.Skipped.Select(s => new LineReport(s.From.ToString(), s.Text, s.Reason)).ToList();
        var attention = plan.Attention.Select(a => new LineReport(a.From.ToString(), a.Text, a.Problem)).ToList();
        var facts = new List<FactReport>();
        var memories = new List<MemoryReport>();
        var conflicts = new List<ConflictReport>();
        var now = time.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Set<User>().SingleOrDefaultAsync(u => u.TelegramId == folder.TelegramId, cancellationToken);
        var created = false;
        if (user is null && (plan.Facts.Count > 0 || plan.Memories.Count > 0))
        {
            // They used the original agent: they are let in whether or not invites are required.
            user = new User { TelegramId = folder.TelegramId, DisplayName = $"Telegram user {folder.TelegramId}", CreatedAt = now, UpdatedAt = now, AccessGrantedAt = now };
            db.Set<User>().Add(user);
            await db.SaveChangesAsync(cancellationToken);
            created = true;
        }
        var previous = user is null ? []
            : await db.Set<ImportedFile>().AsNoTracking().Where(f => f.UserId == user.Id).ToDictionaryAsync(f => f.FileName, f => f.Sha256, cancellationToken);
        if (user is not null)
        {
            foreach (var fact in plan.Facts)
            {
                var outcome = await ApplyAsync(user, fact, created, now, cancellationToken);
                switch (outcome)
                {
                    case null:
                        facts.Add(new FactReport(Name(fact.Kind), fact.Value, fact.From.ToString()));
                        break;
                    case { Length: 0 }:
                        skipped.Add(new LineReport(fact.From.ToString(), fact.Written, "duplicate: already in HealthAgent"));
                        break;
                    default:
                        conflicts.Add(new ConflictReport(Name(fact.Kind), outcome, fact.Value, fact.From.ToString()));
                        break;
                }
            }
            await AddMemoriesAsync(user.Id, plan.Memories, now, memories, skipped, attention, cancellationToken);
            await RecordFilesAsync(user.Id, folder, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
            if (user is not null && !created && facts.Count > 0 && cache is not null)
            {
                // Other processes cache the profile and goals; the removal reaches them through Redis.
                try
                {
                    await cache.RemoveAsync(UserService.CacheKey(user.Id), cancellationToken);
                    await cache.RemoveAsync(GoalService.CacheKey(user.Id), cancellationToken);
                }
                catch (Exception e) when (e is RedisException or TimeoutException)
                {
                    logger.LogWarning(e, "The cached profile of user {UserId} could not be removed; it refreshes when its cache entry expires", user.Id);
                }
            }
        }
        db.ChangeTracker.Clear();
        var files = folder.Files.Select(f => new FileReport(f.Name, f.Sha256, f.Bytes,
            f.Problem is not null ? "not read" : f.Known ? "read" : "unknown file", f.Problem, previous.GetValueOrDefault(f.Name))).ToList();
        // A user created in a dry run was rolled back: there is no id to report.
        return new UserReport(folder.TelegramId, dryRun && created ? null : user?.Id, created, files, facts, memories, skipped, conflicts, attention);
    }

    // Null when written; "" when HealthAgent already has the same value; otherwise HealthAgent's differing value.
    private async Task<string?> ApplyAsync(User user, PlannedFact fact, bool created, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = fact.Kind is FactKind.TimeZone ? 0m : decimal.Parse(fact.Value, CultureInfo.InvariantCulture);
        switch (fact.Kind)
        {
            case FactKind.TimeZone:
                if (string.Equals(user.TimeZone, fact.Value, StringComparison.Ordinal))
                {
                    return "";
                }
                if (!created)
                {
                    return user.TimeZone;
                }
                user.TimeZone = fact.Value;
                user.UpdatedAt = now;
                return null;
            case FactKind.HeightCm:
                return Fill(user.HeightCm, number, 0.5m, value => { user.HeightCm = value; user.UpdatedAt = now; });
            case FactKind.BirthYear:
                return Fill(user.BirthYear, (int)number, 0, value => { user.BirthYear = value; user.UpdatedAt = now; });
            case FactKind.TargetWeightKg:
                var goals = await db.Set<UserGoals>().SingleOrDefaultAsync(g => g.UserId == user.Id, cancellationToken);
                if (goals is null)
                {
                    goals = new UserGoals { UserId = user.Id, UpdatedAt = now };
                    db.Set<UserGoals>().Add(goals);
                }
                return Fill(goals.TargetWeightKg, number, 0.05m, value => { goals.TargetWeightKg = value; goals.UpdatedAt = now; });
            case FactKind.WeightKg:
                var imported = await db.Set<WeightEntry>().Where(w => w.UserId == user.Id && w.Source == EntrySource.Import)
                    .OrderByDescending(w => w.MeasuredAt).Select(w => (decimal?)w.WeightKg).FirstOrDefaultAsync(cancellationToken);
                return Fill(imported, number, 0.05m, value => db.Set<WeightEntry>().Add(new WeightEntry
                {
                    Id = Guid.CreateVersion7(now), UserId = user.Id, WeightKg = value, MeasuredAt = fact.At, Source = EntrySource.Import, CreatedAt = now,
                }));
            default:
                throw new InvalidOperationException($"No place for {fact.Kind}.");
        }
    }

    private static string? Fill<T>(T? existing, T value, decimal tolerance, Action<T> write) where T : struct, INumber<T>
    {
        if (existing is null)
        {
            write(value);
            return null;
        }
        return Math.Abs(decimal.CreateChecked(existing.Value - value)) <= tolerance ? "" : existing.Value.ToString(null, CultureInfo.InvariantCulture);
    }

    private async Task AddMemoriesAsync(Guid userId, IReadOnlyList<PlannedMemory> planned, DateTimeOffset now, List<MemoryReport> written,
        List<LineReport> skipped, List<LineReport> attention, CancellationToken cancellationToken)
    {
        var held = (await db.Set<MemoryFact>().Where(m => m.UserId == userId).Select(m => m.Content).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var count = held.Count;
        foreach (var memory in planned)
        {
            if (held.Contains(memory.Content))
            {
                skipped.Add(new LineReport(memory.From.ToString(), memory.Content, "duplicate: already in HealthAgent"));
            }
            else if (count >= MemoryService.MaxMemoriesPerUser)
            {
                attention.Add(new LineReport(memory.From.ToString(), memory.Content, $"the user already has {MemoryService.MaxMemoriesPerUser} memories; not imported"));
            }
            else
            {
                db.Set<MemoryFact>().Add(new MemoryFact
                {
                    Id = Guid.CreateVersion7(now), UserId = userId, Category = memory.Category, Content = memory.Content, Source = MemorySource.Import,
                    CreatedAt = now, UpdatedAt = now,
                });
                held.Add(memory.Content);
                count++;
                written.Add(new MemoryReport(memory.Category.ToString().ToLowerInvariant(), memory.Content, memory.From.ToString()));
            }
        }
    }

    private async Task RecordFilesAsync(Guid userId, LegacyFolder folder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ImportedFile>().Where(f => f.UserId == userId).ToDictionaryAsync(f => f.FileName, cancellationToken);
        foreach (var file in folder.Files.Where(f => f.Problem is null))
        {
            if (!rows.TryGetValue(file.Name, out var row))
            {
                row = new ImportedFile { UserId = userId, FileName = file.Name };
                db.Set<ImportedFile>().Add(row);
            }
            else if (row.Sha256 == file.Sha256)
            {
                continue;
            }
            (row.Sha256, row.Bytes, row.ImportedAt) = (file.Sha256, file.Bytes, now);
        }
    }

    private static string Name(FactKind kind) => kind switch
    {
        FactKind.TimeZone => "time zone",
        FactKind.HeightCm => "height (cm)",
        FactKind.WeightKg => "weight (kg)",
        FactKind.TargetWeightKg => "target weight (kg)",
        FactKind.BirthYear => "birth year",
        _ => kind.ToString(),
    };
}
