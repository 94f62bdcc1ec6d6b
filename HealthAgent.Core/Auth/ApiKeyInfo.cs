namespace HealthAgent.Core.Auth;

/// <summary>What may be shown of a key after its creation: never the secret.</summary>
public sealed record ApiKeyInfo(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Maps the entity.</summary>
    public static ApiKeyInfo From(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt);
}
