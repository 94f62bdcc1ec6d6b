using HealthAgent.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Food;

internal sealed class UsualMealConfiguration : IEntityTypeConfiguration<UsualMeal>
{
    public void Configure(EntityTypeBuilder<UsualMeal> meal)
    {
        meal.ToTable("usual_meals");
        meal.HasKey(m => m.Id);
        meal.Property(m => m.Id).HasDefaultValueSql("gen_random_uuid()");
        meal.Property(m => m.Meal).HasConversion(new SnakeCaseEnum<MealType>());
        meal.Property(m => m.Items).HasColumnType("jsonb");
        meal.Property(m => m.CreatedAt).HasDefaultValueSql("now()");
        meal.HasIndex(m => new { m.UserId, m.Name }).IsUnique();
        meal.HasOne<Users.User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
