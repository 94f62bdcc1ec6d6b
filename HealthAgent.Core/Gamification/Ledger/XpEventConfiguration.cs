using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Gamification;

internal sealed class XpEventConfiguration : IEntityTypeConfiguration<XpEvent>
{
    public void Configure(EntityTypeBuilder<XpEvent> xpEvent)
    {
        xpEvent.ToTable("xp_events");
        xpEvent.HasKey(e => e.Id);
        xpEvent.Property(e => e.Id).ValueGeneratedNever();
        xpEvent.Property(e => e.Kind).HasConversion<string>();
        xpEvent.HasIndex(e => new { e.UserId, e.SourceKey }).IsUnique();
        xpEvent.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
