using HealthAgent.Core.Gamification;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Dispatch;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace HealthAgent.Tests.Integration.Reminders;

/// <summary>Core's reminder service over a test database and clock.</summary>
internal static class ReminderFactory
{
    public static async Task<ReminderView> CreateAsync(MigratedDatabase database, TimeProvider time, Guid userId, ReminderDraft draft)
    {
        await using var db = database.Context();
        return (await Service(db, time).CreateAsync(userId, draft, default)).Reminder;
    }

    public static ReminderService Service(Core.Data.HealthDbContext db, TimeProvider time) =>
        new(db, new GamificationRecorder(time), time, Options.Create(new ReminderDispatchOptions()));
}
