using HealthAgent.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Food;

internal sealed class FoodEntryConfiguration : IEntityTypeConfiguration<FoodEntry>
{
    public void Configure(EntityTypeBuilder<FoodEntry> entry)
    {
        entry.ToTable("food_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        entry.Property(e => e.Meal).HasConversion(new SnakeCaseEnum<MealType>());
        entry.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        entry.Property(e => e.UpdatedAt).HasDefaultValueSql("now()");
        entry.HasMany(e => e.Items).WithOne().HasForeignKey(i => i.EntryId).OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<Users.User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        entry.HasIndex(e => new { e.UserId, e.EatenAt, e.Id });
    }
}
