using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Tracking;

internal sealed class CustomTrackerEntryConfiguration : IEntityTypeConfiguration<CustomTrackerEntry>
{
    public void Configure(EntityTypeBuilder<CustomTrackerEntry> entry)
    {
        entry.ToTable("custom_tracker_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Values).HasColumnType("jsonb");
        entry.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        entry.HasOne<CustomTracker>().WithMany().HasForeignKey(e => e.TrackerId).OnDelete(DeleteBehavior.Cascade);
    }
}
