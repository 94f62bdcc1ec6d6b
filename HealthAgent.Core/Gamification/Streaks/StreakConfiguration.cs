using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Gamification;

internal sealed class StreakConfiguration : IEntityTypeConfiguration<Streak>
{
    public void Configure(EntityTypeBuilder<Streak> streak)
    {
        streak.ToTable("streaks");
        streak.HasKey(s => new { s.UserId, s.Activity });
        streak.Property(s => s.Activity).HasConversion<string>();
    }
}
