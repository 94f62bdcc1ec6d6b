using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Gamification;

internal sealed class UserAchievementConfiguration : IEntityTypeConfiguration<UserAchievement>
{
    public void Configure(EntityTypeBuilder<UserAchievement> achievement)
    {
        achievement.ToTable("user_achievements");
        achievement.HasKey(a => new { a.UserId, a.Code });
    }
}
