using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Tools;

internal sealed class UserToolConfiguration : IEntityTypeConfiguration<UserTool>
{
    public void Configure(EntityTypeBuilder<UserTool> tool)
    {
        tool.ToTable("user_tools");
        tool.HasKey(t => t.Id);
        tool.Property(t => t.Id).ValueGeneratedNever();
        tool.Property(t => t.Parameters).HasColumnType("jsonb");
    }
}

internal sealed class ToolDraftConfiguration : IEntityTypeConfiguration<ToolDraft>
{
    public void Configure(EntityTypeBuilder<ToolDraft> draft)
    {
        draft.ToTable("tool_drafts");
        draft.HasKey(d => d.Id);
        draft.Property(d => d.Id).ValueGeneratedNever();
        draft.Property(d => d.Definition).HasColumnType("jsonb");
    }
}

internal sealed class ToolAuditEntryConfiguration : IEntityTypeConfiguration<ToolAuditEntry>
{
    public void Configure(EntityTypeBuilder<ToolAuditEntry> entry)
    {
        entry.ToTable("tool_audit");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedOnAdd();
        entry.Property(e => e.Input).HasColumnType("jsonb");
    }
}
