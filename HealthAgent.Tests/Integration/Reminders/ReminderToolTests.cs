using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Plugins.Reminders;
using HealthAgent.Core.Common;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Scheduling;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Reminders;

public sealed class ReminderToolTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2025-06-11T12:00:00Z"));

    [Fact]
    public async Task RemindersPlugin_CreatesListsMovesAndStops_ActingOnlyOnTheMatchingReminders()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        var userId = await database.AddUserAsync("Europe/Stockholm");
        await using var db = database.Context();
        var service = ReminderFactory.Service(db, _time);
        var plugin = new RemindersPlugin(new ToolContext(userId, "Europe/Stockholm"), service);
        await service.CreateAsync(userId, new ReminderDraft("Drink water", ReminderKind.Water, ReminderSchedule.Every(2, new TimeOnly(9, 0), new TimeOnly(21, 0))), default);
        await service.CreateAsync(userId, new ReminderDraft("Water the plants", ReminderKind.Custom, ReminderSchedule.DailyAt(new TimeOnly(18, 0))), default);

        var created = await plugin.CreateAsync("Take vitamin D", ScheduleType.Daily, time: "9:00");
        var duplicate = await plugin.CreateAsync("Take vitamin D", ScheduleType.Daily, time: "09:00");
        var moved = await plugin.MoveAsync("vitamin", "8:30");
        var ambiguous = () => plugin.MoveAsync("water", "8:30");
        var stopped = await plugin.ChangeStateAsync("water", ReminderAction.Pause);
        var bad = () => plugin.CreateAsync("x", ScheduleType.Cron, cron: "nope");
        await ambiguous.Should().ThrowAsync<ToolArgumentException>().WithMessage("Several reminders match*");
        var badCron = await bad.Should().ThrowAsync<DomainValidationException>();
        var list = await service.ListAsync(userId, default);

        created.Created.Should().BeTrue();
        duplicate.Created.Should().BeFalse();
        moved.Reminder.Schedule.Time.Should().Be(new TimeOnly(8, 30));
        list.Single(r => r.Message == "Take vitamin D").Schedule.Time.Should().Be(new TimeOnly(8, 30));
        stopped.Reminders.Select(r => r.Message).Should().BeEquivalentTo(["Drink water", "Water the plants"]);
        list.Where(r => !r.Active).Select(r => r.Message).Should().BeEquivalentTo(["Drink water", "Water the plants"], "\"the water reminders\" means every one about water");
        badCron.Which.Errors.SelectMany(e => e.Value).Should().Contain(m => m.Contains("five fields"));
    }
}
