using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Plans;

/// <summary>An invite code (<c>invite_codes</c>): redeeming it with <c>/activate</c> grants access and puts the user on its plan.</summary>
public sealed class InviteCode
{
    /// <summary>The code, such as <c>HA-7K2M-QX9P</c> (stored upper case).</summary>
    public string Code { get; set; } = "";

    /// <summary>The plan it gives.</summary>
    public string Plan { get; set; } = PlanNames.Free;

    /// <summary>How many users may redeem it.</summary>
    public int MaxUses { get; set; } = 1;

    /// <summary>How many have.</summary>
    public int Uses { get; set; }

    /// <summary>After this it cannot be redeemed (UTC), or null for never.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>What the administrator noted (who it is for).</summary>
    public string? Note { get; set; }

    /// <summary>When it was made (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an administrator revoked it, or null.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>Who redeemed which code, once each (<c>invite_redemptions</c>).</summary>
public sealed class InviteRedemption
{
    /// <summary>The code.</summary>
    public string Code { get; set; } = "";

    /// <summary>The user.</summary>
    public Guid UserId { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset RedeemedAt { get; set; }
}

internal sealed class InviteCodeConfiguration : IEntityTypeConfiguration<InviteCode>
{
    public void Configure(EntityTypeBuilder<InviteCode> code)
    {
        code.ToTable("invite_codes");
        code.HasKey(c => c.Code);
    }
}

internal sealed class InviteRedemptionConfiguration : IEntityTypeConfiguration<InviteRedemption>
{
    public void Configure(EntityTypeBuilder<InviteRedemption> redemption)
    {
        redemption.ToTable("invite_redemptions");
        redemption.HasKey(r => new { r.Code, r.UserId });
    }
}
