using HealthAgent.Core.Data;
using HealthAgent.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Reminders;

/// <summary>The user's reminders, their deliveries and reminder settings, for the data export.</summary>
public sealed class ReminderSection(HealthDbContext db) : IUserDataSection
{
    /// <inheritdoc />
    public string Name => "reminders";

    /// <inheritdoc />
    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        reminders = (await db.Set<Reminder>().AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken))
            .Select(ReminderView.Of),
        deliveries = await db.Set<ReminderDelivery>().AsNoTracking().Where(d => d.UserId == userId).OrderBy(d => d.ScheduledAt)
            .Select(d => new { d.Id, d.ReminderId, d.ScheduledAt, d.Status, d.SentAt, d.CompletedAt, d.SkipReason })
            .ToListAsync(cancellationToken),
        settings = await db.Set<ReminderSettings>().AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new { s.DailySummaryEnabled, s.DailySummaryTime }).SingleOrDefaultAsync(cancellationToken),
    };
}
