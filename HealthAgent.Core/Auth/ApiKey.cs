namespace HealthAgent.Core.Auth;

/// <summary>A per-user API key; only the hash of its secret is stored.</summary>
public sealed class ApiKey
{
    /// <summary>The key's id (used to revoke it).</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>A label the user chose.</summary>
    public required string Name { get; set; }

    /// <summary>The public part of the key, which finds the row.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the secret part.</summary>
    public required byte[] SecretHash { get; set; }

    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last successful use, updated at most once a minute.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>When the key was revoked; a revoked key never authenticates again.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The user key this key was created with; null when the service or admin key created it.</summary>
    public Guid? ParentId { get; set; }
}
