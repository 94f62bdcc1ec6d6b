using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Reminders;

internal sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> settings)
    {
        settings.ToTable("reminder_settings");
        settings.HasKey(s => s.UserId);
        settings.Property(s => s.UserId).ValueGeneratedNever();
        settings.HasOne<User>().WithOne().HasForeignKey<ReminderSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
