using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Auth;

/// <summary>Creates, lists, revokes and verifies per-user API keys.</summary>
public sealed class ApiKeyService(HealthDbContext db, TimeProvider time)
{
    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(1);

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
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == keyId && k.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("The API key");
        var now = time.GetUtcNow();
        key.RevokedAt ??= now;
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH RECURSIVE descendants AS (
                SELECT id FROM api_keys WHERE parent_id = {keyId}
                UNION ALL
                SELECT k.id FROM api_keys k JOIN descendants d ON k.parent_id = d.id)
            UPDATE api_keys SET revoked_at = {now} WHERE id IN (SELECT id FROM descendants) AND revoked_at IS NULL
            """, cancellationToken);
        return ApiKeyInfo.From(key);
    }

    /// <summary>The owner and id of a valid, unrevoked key, or null.</summary>
    public async Task<(Guid UserId, Guid KeyId)?> VerifyAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyFormat.TryParse(presented, out var prefix, out var secret))
        {
            return null;
        }
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        if (key is null || key.RevokedAt is not null || !ApiKeyFormat.Matches(key.SecretHash, secret))
        {
            return null;
        }
        var now = time.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt > UsageResolution)
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return (key.UserId, key.Id);
    }
}
