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
    public async Task<(ApiKeyInfo Key, string Text)> CreateAsync(Guid userId, string name, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<User>().AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException("The user");
        }
        var label = name.Trim();
        if (label.Length is < 1 or > 100)
        {
            throw DomainValidationException.For("name", "The key name must have 1 to 100 characters.");
        }
        var (prefix, text, hash) = ApiKeyFormat.Create();
        var key = new ApiKey { UserId = userId, Name = label, Prefix = prefix, SecretHash = hash, CreatedAt = time.GetUtcNow() };
        db.Set<ApiKey>().Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (ApiKeyInfo.From(key), text);
    }

    /// <summary>The user's keys, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (await db.Set<ApiKey>().AsNoTracking().Where(k => k.UserId == userId).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken))
        .Select(ApiKeyInfo.From).ToList();

    /// <summary>Revokes a key of the user; revoking twice is harmless.</summary>
    /// <exception cref="NotFoundException">The user has no such key.</exception>
    public async Task<ApiKeyInfo> RevokeAsync(Guid userId, Guid keyId, CancellationToken cancellationToken = default)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == keyId && k.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("The API key");
        key.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyInfo.From(key);
    }

    /// <summary>The owner of a valid, unrevoked key, or null.</summary>
    public async Task<Guid?> VerifyAsync(string presented, CancellationToken cancellationToken = default)
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
        return key.UserId;
    }
}
