using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Memory;

/// <summary>
/// Long-term memory in PostgreSQL: remember (merging near-duplicates by trigram similarity), recall by relevance
/// (English full-text rank plus trigram similarity) and forget.
/// </summary>
public sealed class MemoryService(HealthDbContext db, TimeProvider time)
{
    /// <summary>The longest fact kept.</summary>
    public const int MaxContentLength = 500;

    /// <summary>How many memories one user may keep; the oldest are not evicted silently, the agent is told instead.</summary>
    public const int MaxMemoriesPerUser = 500;

    // Restatements ("I am vegetarian" after "I'm vegetarian") score well above this; distinct facts stay below.
    private const double DuplicateSimilarity = 0.6;
    private const double RecallSimilarity = 0.2;
    private const double ForgetSimilarity = 0.45;

    /// <summary>Remembers <paramref name="content"/>, merging it into an existing memory that says nearly the same.</summary>
    /// <exception cref="DomainValidationException">The fact is empty, too long, or the user has too many memories.</exception>
    public async Task<RememberResult> RememberAsync(Guid userId, string content, MemoryCategory category, MemorySource source,
        CancellationToken cancellationToken = default)
    {
        var text = Normalize(content);
        if (text.Length == 0 || text.Length > MaxContentLength)
        {
            throw DomainValidationException.For("content", $"A fact must be 1–{MaxContentLength} characters.");
        }
        var now = time.GetUtcNow();
        // The duplicate check and the cap are reads before the write: the user's lock keeps two facts said at once from both passing.
        await using var transaction = await UserWriteLock.BeginAsync(db, UserLockKind.Memories, userId, cancellationToken);
        var existing = await db.Set<MemoryFact>()
            .FromSql($"""
                SELECT * FROM memories
                WHERE user_id = {userId} AND (lower(content) = lower({text}) OR similarity(content, {text}) >= {DuplicateSimilarity})
                ORDER BY similarity(content, {text}) DESC LIMIT 1
                """)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            existing.Content = text;
            existing.Category = category;
            existing.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RememberResult(MemoryView.Of(existing), Merged: true);
        }
        if (await db.Set<MemoryFact>().CountAsync(m => m.UserId == userId, cancellationToken) >= MaxMemoriesPerUser)
        {
            throw DomainValidationException.For("content", $"You already have {MaxMemoriesPerUser} memories; ask me to forget some first.");
        }
        var memory = new MemoryFact
        {
            Id = Guid.NewGuid(), UserId = userId, Category = category, Content = text, Source = source, CreatedAt = now, UpdatedAt = now,
        };
        db.Set<MemoryFact>().Add(memory);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RememberResult(MemoryView.Of(memory), Merged: false);
    }

    /// <summary>The memories most relevant to <paramref name="query"/>, best first; the most recent ones when the query is empty.</summary>
    public async Task<IReadOnlyList<MemoryView>> RecallAsync(Guid userId, string? query, int limit, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, 50);
        var text = Normalize(query ?? "");
        if (text.Length == 0)
        {
            var recent = await db.Set<MemoryFact>().AsNoTracking().Where(m => m.UserId == userId)
                .OrderByDescending(m => m.UpdatedAt).Take(limit).ToListAsync(cancellationToken);
            return recent.Select(MemoryView.Of).ToList();
        }
        var found = await db.Set<MemoryFact>()
            .FromSql($"""
                SELECT * FROM memories
                WHERE user_id = {userId}
                  AND (to_tsvector('english', content) @@ plainto_tsquery('english', {text}) OR similarity(content, {text}) >= {RecallSimilarity})
                ORDER BY ts_rank(to_tsvector('english', content), plainto_tsquery('english', {text})) + similarity(content, {text}) DESC, updated_at DESC
                LIMIT {limit}
                """)
            .AsNoTracking().ToListAsync(cancellationToken);
        return found.Select(MemoryView.Of).ToList();
    }

    /// <summary>Forgets the memories that match <paramref name="query"/> (every significant word, or nearly the same text) and returns them.</summary>
    public async Task<IReadOnlyList<MemoryView>> ForgetAsync(Guid userId, string query, CancellationToken cancellationToken = default)
    {
        var text = Normalize(query);
        if (text.Length == 0)
        {
            return [];
        }
        var matches = await db.Set<MemoryFact>()
            .FromSql($"""
                SELECT * FROM memories
                WHERE user_id = {userId}
                  AND ((numnode(plainto_tsquery('english', {text})) > 0 AND to_tsvector('english', content) @@ plainto_tsquery('english', {text}))
                       OR similarity(content, {text}) >= {ForgetSimilarity})
                """)
            .ToListAsync(cancellationToken);
        db.Set<MemoryFact>().RemoveRange(matches);
        await db.SaveChangesAsync(cancellationToken);
        return matches.Select(MemoryView.Of).ToList();
    }

    /// <summary>Every memory of the user, oldest first (for export).</summary>
    public async Task<IReadOnlyList<MemoryView>> AllAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var all = await db.Set<MemoryFact>().AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        return all.Select(MemoryView.Of).ToList();
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.', '!');
}
