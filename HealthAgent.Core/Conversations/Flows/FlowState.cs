using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Conversations.Flows;

/// <summary>
/// Where a user is in a guided flow (<c>conversation_flows</c>): one at a time, kept in PostgreSQL so that a restart or
/// another replica continues it.
/// </summary>
public sealed class FlowState
{
    /// <summary>The user.</summary>
    public Guid UserId { get; set; }

    /// <summary>The flow (<c>onboarding</c>, <c>sleep</c>).</summary>
    public string Flow { get; set; } = "";

    /// <summary>The question waiting for an answer.</summary>
    public string Step { get; set; } = "";

    /// <summary>What the flow collected so far, as JSON.</summary>
    public string Data { get; set; } = "{}";

    /// <summary>When it last moved (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When it lapses (UTC): the user is then answered as usual again.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class FlowStateConfiguration : IEntityTypeConfiguration<FlowState>
{
    public void Configure(EntityTypeBuilder<FlowState> flow)
    {
        flow.ToTable("conversation_flows");
        flow.HasKey(f => f.UserId);
        flow.Property(f => f.Data).HasColumnType("jsonb");
    }
}
