namespace HealthAgent.Core.Plans;

/// <summary>An invite code as administrators see it.</summary>
/// <param name="Code">The code.</param>
/// <param name="Plan">The plan it gives.</param>
/// <param name="MaxUses">How many users may redeem it.</param>
/// <param name="Uses">How many have.</param>
/// <param name="ExpiresAt">When it stops working, or null.</param>
/// <param name="Note">The administrator's note.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="Revoked">Whether it was revoked.</param>
public sealed record InviteView(string Code, string Plan, int MaxUses, int Uses, DateTimeOffset? ExpiresAt, string? Note, DateTimeOffset CreatedAt, bool Revoked)
{
    /// <summary>Maps the entity.</summary>
    public static InviteView Of(InviteCode c) => new(c.Code, c.Plan, c.MaxUses, c.Uses, c.ExpiresAt, c.Note, c.CreatedAt, c.RevokedAt is not null);

    /// <summary>Whether the code can still be redeemed at <paramref name="now"/>: not revoked, not expired, uses left.</summary>
    public bool IsUsableAt(DateTimeOffset now) => !Revoked && (ExpiresAt is null || ExpiresAt > now) && Uses < MaxUses;
}
