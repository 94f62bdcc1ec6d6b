using HealthAgent.Core.Data;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Reminders;

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> delivery)
    {
        delivery.ToTable("reminder_deliveries");
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.Id).ValueGeneratedNever();
        delivery.Property(d => d.Status).HasConversion(new SnakeCaseEnum<DeliveryStatus>());
        delivery.Ignore(d => d.OccurrenceKey);
        delivery.HasIndex(d => new { d.ReminderId, d.ScheduledAt }).IsUnique();
        delivery.HasOne<Reminder>().WithMany().HasForeignKey(d => d.ReminderId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne<User>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
