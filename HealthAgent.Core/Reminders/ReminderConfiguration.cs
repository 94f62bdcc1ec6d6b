using HealthAgent.Core.Data;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Reminders;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> reminder)
    {
        reminder.ToTable("reminders");
        reminder.HasKey(r => r.Id);
        reminder.Property(r => r.Id).ValueGeneratedNever();
        reminder.Property(r => r.Kind).HasConversion(new SnakeCaseEnum<ReminderKind>());
        reminder.Property(r => r.ScheduleType).HasConversion(new SnakeCaseEnum<Scheduling.ScheduleType>());
        reminder.Ignore(r => r.Schedule);
        reminder.HasIndex(r => new { r.UserId, r.CreatedAt });
        reminder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
