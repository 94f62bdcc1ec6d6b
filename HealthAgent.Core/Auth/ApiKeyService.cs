using HealthAgent.Core.Caching;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Auth;

/// <summary>
/// Creates, lists, revokes and verifies per-user API keys. Verification is on every request, so a verified key is kept
/// in process memory (never in Redis) for <see cref="VerifiedKeyLifetime"/>: a request with a known key costs no
/// database round trip. Revocation removes it at once here and, through the cache's removal channel, on every replica.
/// </summary>
public sealed class ApiKeyService(HealthDbContext db, AppCache cache, ApiKeyUsage usage, TimeProvider time)
{
    /// <summary>How long a verified key is trusted from memory; the longest a revocation can take on a replica that missed its removal notice (Redis down).</summary>
    public static readonly TimeSpan VerifiedKeyLifetime = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(1);
    private static readonly CacheEntrySettings VerifiedKeySettings = new(VerifiedKeyLifetime, VerifiedKeyLifetime, MemoryOnly: true);

    /// <summary>The cache key of the key with <paramref name="prefix"/>.</summary>
    public static string CacheKey(string prefix) => $"apikey:{prefix}";

    /// <summary>Creates a key; the returned text is the only time the secret is ever shown.</summary>
    /// <param name="userId">The owner.</param>
    /// <param name="name">The key's label.</param>
    /// <param name="parentKeyId">The user key used to create it, which it will not outlive; null for the service or admin key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<(ApiKeyInfo Key, string Text)> CreateAsync(Guid userId, string name, Guid? parentKeyId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<User>().AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException("The user");
        }
        var label = name?.Trim() ?? "";
        if (label.Length is < 1 or > 100)
        {
            throw DomainValidationException.For("name", "The key name must have 1 to 100 characters.");
        }
        var (prefix, text, hash) = ApiKeyFormat.Create();
        var key = new ApiKey { UserId = userId, Name = label, Prefix = prefix, SecretHash = hash, CreatedAt = time.GetUtcNow(), ParentId = parentKeyId };
        db.Set<ApiKey>().Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (ApiKeyInfo.From(key), text);
    }

    /// <summary>The user's keys, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (await db.Set<ApiKey>().AsNoTracking().Where(k => k.UserId == userId).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken))
        .Select(ApiKeyInfo.From).ToList();

    /// <summary>Revokes a key of the user and every key created with it, at any depth; revoking twice is harmless.</summary>
    /// <exception cref="NotFoundException">The user has no such key.</exception>
    public async Task<ApiKeyInfo> RevokeAsync(Guid userId, Guid keyId, CancellationToken cancellationToken = default)
    {
        var key = await db.Set<ApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyId && k.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("The API key");
        var now = time.GetUtcNow();
        // One statement revokes the key and its descendants, so a failure leaves all of them valid, never some.
        var revoked = await db.Database.SqlQuery<string>($"""
            WITH RECURSIVE revoked AS (
                SELECT id FROM api_keys WHERE id = {keyId} AND user_id = {userId}
                UNION ALL
                SELECT k.id FROM api_keys k JOIN revoked r ON k.parent_id = r.id)
            UPDATE api_keys SET revoked_at = COALESCE(revoked_at, {now}) WHERE id IN (SELECT id FROM revoked) RETURNING prefix AS "Value"
            """).ToListAsync(cancellationToken);
        key.RevokedAt ??= now;
        foreach (var prefix in revoked)
        {
            await cache.RemoveAsync(CacheKey(prefix), cancellationToken);
        }
        return ApiKeyInfo.From(key);
    }

    /// <summary>The owner and id of a valid, unrevoked key, or null.</summary>
    public async Task<(Guid UserId, Guid KeyId)?> VerifyAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyFormat.TryParse(presented, out var prefix, out var secret))
        {
            return null;
        }
        var key = await cache.GetOrCreateAsync(CacheKey(prefix), ct => db.Set<ApiKey>().AsNoTracking()
            .Where(k => k.Prefix == prefix && k.RevokedAt == null)
            .Select(k => new VerifiedKey(k.Id, k.UserId, k.SecretHash))
            .FirstOrDefaultAsync(ct), VerifiedKeySettings, cancellationToken);
        if (key is null || !ApiKeyFormat.Matches(key.SecretHash, secret))
        {
            return null;
        }
        // last_used_at is minute-grained: one conditional UPDATE (no read) per key and minute on this replica.
        var now = time.GetUtcNow();
        if (usage.ShouldRecord(key.Id, now, UsageResolution))
        {
            var stale = now - UsageResolution;
            await db.Set<ApiKey>().Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < stale))
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        }
        return (key.UserId, key.Id);
    }

    /// <summary>What verification keeps of a key: never its secret, only the secret's hash. Immutable, so the memory cache hands out one instance.</summary>
    [System.ComponentModel.ImmutableObject(true)]
    public sealed record VerifiedKey(Guid Id, Guid UserId, byte[] SecretHash);
}
