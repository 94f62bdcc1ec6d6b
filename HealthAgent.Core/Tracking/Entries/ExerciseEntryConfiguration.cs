using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Tracking;

// Ranges are CHECK constraints in the SQL; the service validates them first to name the bad field.
internal sealed class ExerciseEntryConfiguration : IEntityTypeConfiguration<ExerciseEntry>
{
    public void Configure(EntityTypeBuilder<ExerciseEntry> entry)
    {
        entry.ToTable("exercise_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        entry.Property(e => e.Intensity).HasConversion(v => v.ToString().ToLowerInvariant(), v => Enum.Parse<ExerciseIntensity>(v, true));
    }
}
