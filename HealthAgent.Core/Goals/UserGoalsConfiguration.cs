using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Goals;

internal sealed class UserGoalsConfiguration : IEntityTypeConfiguration<UserGoals>
{
    public void Configure(EntityTypeBuilder<UserGoals> goals)
    {
        goals.ToTable("goals");
        goals.HasKey(g => g.UserId);
        goals.Property(g => g.TargetWeightKg).HasPrecision(6, 2);
        goals.Property(g => g.UpdatedAt).HasDefaultValueSql("now()");
        goals.HasOne<Users.User>().WithOne().HasForeignKey<UserGoals>(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
