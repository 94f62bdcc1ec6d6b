using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Tracking;

// Ranges are CHECK constraints in the SQL; the service validates them first to name the bad field.
internal sealed class WeightEntryConfiguration : IEntityTypeConfiguration<WeightEntry>
{
    public void Configure(EntityTypeBuilder<WeightEntry> entry)
    {
        entry.ToTable("weight_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        entry.Property(e => e.WeightKg).HasPrecision(5, 2);
        entry.Property(e => e.Source).HasConversion(new Data.SnakeCaseEnum<EntrySource>());
    }
}
