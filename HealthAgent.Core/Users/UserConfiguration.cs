using HealthAgent.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Users;

// Lengths and formats are CHECK constraints in the SQL, so text columns stay text here.
internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.HasKey(u => u.Id);
        user.Property(u => u.Id).HasDefaultValueSql("gen_random_uuid()");
        user.HasIndex(u => u.TelegramId).IsUnique();
        user.Property(u => u.TimeZone).HasDefaultValue("UTC");
        user.Property(u => u.Language).HasDefaultValue("en");
        user.Property(u => u.Plan).HasDefaultValue("free");
        user.Property(u => u.Sex).HasConversion(new SnakeCaseEnum<Sex>());
        user.Property(u => u.HeightCm).HasPrecision(5, 1);
        // No EF default for the enums: their CLR default (the first member) is a real choice, so EF must always send the value.
        user.Property(u => u.ActivityLevel).HasConversion(new SnakeCaseEnum<ActivityLevel>());
        user.Property(u => u.OnboardingState).HasConversion(new SnakeCaseEnum<OnboardingState>());
        user.Property(u => u.Units).HasConversion(new SnakeCaseEnum<MeasurementSystem>());
        user.Property(u => u.CreatedAt).HasDefaultValueSql("now()");
        user.Property(u => u.UpdatedAt).HasDefaultValueSql("now()");
    }
}
