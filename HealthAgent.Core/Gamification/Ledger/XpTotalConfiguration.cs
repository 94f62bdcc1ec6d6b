using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Gamification;

internal sealed class XpTotalConfiguration : IEntityTypeConfiguration<XpTotal>
{
    public void Configure(EntityTypeBuilder<XpTotal> total)
    {
        total.ToTable("xp_totals");
        total.HasKey(t => new { t.UserId, t.Kind });
        total.Property(t => t.Kind).HasConversion<string>();
    }
}
