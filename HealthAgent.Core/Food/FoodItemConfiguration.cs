using HealthAgent.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Food;

internal sealed class FoodItemConfiguration : IEntityTypeConfiguration<FoodItem>
{
    public void Configure(EntityTypeBuilder<FoodItem> item)
    {
        item.ToTable("food_items");
        item.HasKey(i => i.Id);
        item.Property(i => i.Id).HasDefaultValueSql("gen_random_uuid()");
        item.Ignore(i => i.Nutrients);
        item.Property(i => i.Quantity).HasPrecision(9, 2);
        item.Property(i => i.Grams).HasPrecision(9, 1);
        item.Property(i => i.Kcal).HasPrecision(8, 1);
        item.Property(i => i.ProteinG).HasPrecision(7, 1);
        item.Property(i => i.CarbsG).HasPrecision(7, 1);
        item.Property(i => i.FatG).HasPrecision(7, 1);
        item.Property(i => i.FiberG).HasPrecision(7, 1);
        item.Property(i => i.SugarG).HasPrecision(7, 1);
        item.Property(i => i.SodiumMg).HasPrecision(8, 1);
        item.Property(i => i.Confidence).HasPrecision(3, 2);
        item.Property(i => i.Source).HasConversion(new SnakeCaseEnum<NutritionSource>());
        item.HasOne<Users.User>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
