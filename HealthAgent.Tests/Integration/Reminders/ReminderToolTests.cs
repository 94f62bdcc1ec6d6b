using System.Text.Json;
using HealthAgent.Agent.Tools;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Scheduling;
using HealthAgent.Agent.Tools.Reminders;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Reminders;

public sealed class ReminderToolTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2025-06-11T12:00:00Z"));

    [Fact]
    public async Task Tools_CreateListMoveAndStop_ActOnlyOnTheMatchingReminders()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        var userId = await database.AddUserAsync("Europe/Stockholm");
        await using var db = database.Context();
        var service = ReminderFactory.Service(db, _time);
        var context = new ToolContext(userId, "Europe/Stockholm");
        await service.CreateAsync(userId, new ReminderDraft("Drink water", ReminderKind.Water, ReminderSchedule.Every(2, new TimeOnly(9, 0), new TimeOnly(21, 0))), default);
        await service.CreateAsync(userId, new ReminderDraft("Water the plants", ReminderKind.Custom, ReminderSchedule.DailyAt(new TimeOnly(18, 0))), default);

        var created = await new CreateReminderTool(service).InvokeAsync(context, Args(new { message = "Take vitamin D", type = "daily", time = "9:00" }), default);
        var duplicate = await new CreateReminderTool(service).InvokeAsync(context, Args(new { message = "Take vitamin D", type = "daily", time = "09:00" }), default);
        var moved = await new UpdateReminderTimeTool(service).InvokeAsync(context, Args(new { reminder = "vitamin", time = "8:30" }), default);
        var ambiguous = await new UpdateReminderTimeTool(service).InvokeAsync(context, Args(new { reminder = "water", time = "8:30" }), default);
        var stopped = await new ChangeReminderStateTool(service).InvokeAsync(context, Args(new { reminder = "water", action = "pause" }), default);
        var bad = await new CreateReminderTool(service).InvokeAsync(context, Args(new { message = "x", type = "cron", cron = "nope" }), default);
        var list = await service.ListAsync(userId, default);

        created.Success.Should().BeTrue(created.Error);
        JsonSerializer.SerializeToElement(duplicate.Data).GetProperty("created").GetBoolean().Should().BeFalse();
        moved.Success.Should().BeTrue(moved.Error);
        list.Single(r => r.Message == "Take vitamin D").Schedule.Time.Should().Be(new TimeOnly(8, 30));
        ambiguous.Error.Should().StartWith("Several reminders match");
        stopped.Success.Should().BeTrue();
        list.Where(r => !r.Active).Select(r => r.Message).Should().BeEquivalentTo(["Drink water", "Water the plants"], "\"the water reminders\" means every one about water");
        bad.Success.Should().BeFalse();
        bad.Error.Should().Contain("five fields");
    }

    private static JsonElement Args(object value) => JsonSerializer.SerializeToElement(value);
}
