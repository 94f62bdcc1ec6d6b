using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Tracking;

internal sealed class CustomTrackerConfiguration : IEntityTypeConfiguration<CustomTracker>
{
    public void Configure(EntityTypeBuilder<CustomTracker> tracker)
    {
        tracker.ToTable("custom_trackers");
        tracker.HasKey(t => t.Id);
        tracker.Property(t => t.Id).ValueGeneratedNever();
        tracker.Property(t => t.Fields).HasColumnType("jsonb");
        tracker.Property(t => t.CreatedAt).HasDefaultValueSql("now()");
    }
}
