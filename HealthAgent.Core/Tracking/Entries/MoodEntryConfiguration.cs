using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Tracking;

// Ranges are CHECK constraints in the SQL; the service validates them first to name the bad field.
internal sealed class MoodEntryConfiguration : IEntityTypeConfiguration<MoodEntry>
{
    public void Configure(EntityTypeBuilder<MoodEntry> entry)
    {
        entry.ToTable("mood_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
    }
}
