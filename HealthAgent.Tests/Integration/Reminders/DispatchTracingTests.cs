using System.Collections.Concurrent;
using System.Diagnostics;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Scheduling;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Reminders;

public sealed class DispatchTracingTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task EachDispatch_IsASpanWithItsReminderDeliveryAndOutcome()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-01T00:30:00Z"));
        var userId = await database.AddUserAsync();
        var reminder = await ReminderFactory.CreateAsync(database, time, userId,
            new ReminderDraft("Stretch", ReminderKind.Exercise, ReminderSchedule.DailyAt(new TimeOnly(1, 0))));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "HealthAgent",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { if (activity.OperationName == "reminder.dispatch") spans.Enqueue(activity); },
        };
        ActivitySource.AddActivityListener(listener);

        time.Advance(TimeSpan.FromMinutes(30));
        await Dispatchers.Create(database.DataSource, bot, time).RunOnceAsync(default);

        var span = spans.Where(s => Equals(s.GetTagItem("healthagent.reminder.id"), reminder.Id)).Should().ContainSingle().Subject;
        span.GetTagItem("healthagent.delivery.outcome").Should().Be("Delivered");
        bot.Delivered.Should().Be(1);
    }
}
