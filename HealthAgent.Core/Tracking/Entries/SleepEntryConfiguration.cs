using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Tracking;

// Ranges are CHECK constraints in the SQL; the service validates them first to name the bad field.
internal sealed class SleepEntryConfiguration : IEntityTypeConfiguration<SleepEntry>
{
    public void Configure(EntityTypeBuilder<SleepEntry> entry)
    {
        entry.ToTable("sleep_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
    }
}
