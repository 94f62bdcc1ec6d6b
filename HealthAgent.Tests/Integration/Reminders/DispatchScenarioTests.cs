using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Completion;
using HealthAgent.Core.Reminders.Scheduling;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Reminders;

public sealed class DispatchScenarioTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2025-01-01T00:30:00Z");

    [Fact]
    public async Task WorkerDownOverSeveralOccurrences_WithinGraceSent_BeyondRecordedMissedAndSummarised()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(Start);
        var userId = await database.AddUserAsync();
        var hourly = await ReminderFactory.CreateAsync(database, time, userId,
            new ReminderDraft("Drink water", ReminderKind.Water, ReminderSchedule.Every(1, new TimeOnly(0, 0), new TimeOnly(23, 0)), GraceMinutes: 120));

        time.Advance(TimeSpan.FromHours(5));    // down over 01:00 … 05:00; now 05:30
        await Dispatchers.RunUntilIdleAsync(Dispatchers.Create(database.DataSource, bot, time), database.DataSource, time);

        (await database.ScalarAsync<string>("SELECT string_agg(to_char(scheduled_at AT TIME ZONE 'UTC', 'HH24:MI') || '=' || status, ',' ORDER BY scheduled_at) FROM reminder_deliveries"))
            .Should().Be("01:00=missed,02:00=missed,03:00=missed,04:00=sent,05:00=sent", "04:00 and 05:00 are within the 2 h grace window at 05:30");
        bot.Calls.Select(c => c.GetProperty("text").GetString()).Should().BeEquivalentTo(
            ["⏰ Drink water\n(3 earlier reminders were missed while I was offline.)", "⏰ Drink water"], "the missed ones are summarised once");
        (await database.ScalarAsync<DateTime>($"SELECT next_fire_at FROM reminders WHERE id = '{hourly.Id}'")).Should().Be(new DateTime(2025, 1, 1, 6, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task UserMovesToTokyo_ReminderRecomputedInTheNewZoneAtFireTime()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-10T06:00:00Z"));    // 07:00 in Stockholm, 15:00 in Tokyo
        var userId = await database.AddUserAsync("Europe/Stockholm");
        var daily = await ReminderFactory.CreateAsync(database, time, userId, new ReminderDraft("Vitamin D", ReminderKind.Medication, ReminderSchedule.DailyAt(new TimeOnly(9, 0))));
        daily.NextFireAt.Should().Be(DateTimeOffset.Parse("2025-01-10T08:00:00Z"));

        await database.ScalarAsync<int>($"UPDATE users SET time_zone = 'Asia/Tokyo' WHERE id = '{userId}' RETURNING 1");
        var dispatcher = Dispatchers.Create(database.DataSource, bot, time);
        await Dispatchers.RunUntilIdleAsync(dispatcher, database.DataSource, time);
        time.Advance(TimeSpan.FromHours(3));    // past 09:00 Stockholm
        await Dispatchers.RunUntilIdleAsync(dispatcher, database.DataSource, time);

        bot.CallCount.Should().Be(0, "09:00 Stockholm no longer applies");
        (await database.ScalarAsync<DateTime>($"SELECT next_fire_at FROM reminders WHERE id = '{daily.Id}'"))
            .Should().Be(new DateTime(2025, 1, 11, 0, 0, 0, DateTimeKind.Utc), "09:00 in Tokyo");
    }

    [Fact]
    public async Task BotUnavailable_RetriedWithBackoff_ThenDeliveredOnce()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(Start);
        var userId = await database.AddUserAsync();
        await ReminderFactory.CreateAsync(database, time, userId, new ReminderDraft("Stretch", ReminderKind.Exercise, ReminderSchedule.DailyAt(new TimeOnly(1, 0))));
        var failures = 2;
        bot.Respond = _ => Interlocked.Decrement(ref failures) >= 0 ? 503 : null;
        var dispatcher = Dispatchers.Create(database.DataSource, bot, time);

        time.Advance(TimeSpan.FromMinutes(30));
        await dispatcher.RunOnceAsync(default);                 // attempt 1: 503
        await dispatcher.RunOnceAsync(default);                 // not due again yet
        var afterFirst = bot.CallCount;
        time.Advance(TimeSpan.FromSeconds(40));
        await dispatcher.RunOnceAsync(default);                 // attempt 2: 503, next in ~60 s
        time.Advance(TimeSpan.FromSeconds(80));
        await dispatcher.RunOnceAsync(default);                 // attempt 3: sent

        afterFirst.Should().Be(1, "a failed delivery waits for its backoff");
        bot.CallCount.Should().Be(3);
        bot.Delivered.Should().Be(1);
        (await database.ScalarAsync<string>("SELECT status || ':' || attempts FROM reminder_deliveries")).Should().Be("sent:3");
    }

    [Fact]
    public async Task UserBlockedTheBot_DeliveryBlockedAndTheirRemindersPaused()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(Start);
        var userId = await database.AddUserAsync();
        await ReminderFactory.CreateAsync(database, time, userId, new ReminderDraft("Stretch", ReminderKind.Exercise, ReminderSchedule.DailyAt(new TimeOnly(1, 0))));
        await ReminderFactory.CreateAsync(database, time, userId, new ReminderDraft("Walk", ReminderKind.Exercise, ReminderSchedule.DailyAt(new TimeOnly(12, 0))));
        bot.Respond = _ => 410;

        time.Advance(TimeSpan.FromHours(1));
        await Dispatchers.Create(database.DataSource, bot, time).RunOnceAsync(default);

        (await database.ScalarAsync<string>("SELECT status FROM reminder_deliveries")).Should().Be("blocked");
        (await database.ScalarAsync<long>("SELECT count(*) FROM reminders WHERE active")).Should().Be(0, "410 pauses every reminder of the user");
    }

    [Fact]
    public async Task DonePressedWithin30Minutes_OnTimeXpInTheSameTransaction_AndStatisticsCountIt()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(Start);
        var userId = await database.AddUserAsync();
        await ReminderFactory.CreateAsync(database, time, userId, new ReminderDraft("Vitamin D", ReminderKind.Medication, ReminderSchedule.DailyAt(new TimeOnly(1, 0))));
        time.Advance(TimeSpan.FromMinutes(30));
        await Dispatchers.RunUntilIdleAsync(Dispatchers.Create(database.DataSource, bot, time), database.DataSource, time);
        var done = bot.Calls.Single().GetProperty("buttons")[0][0].GetProperty("action").GetString()!;
        time.Advance(TimeSpan.FromMinutes(10));

        await using var db = database.Context();
        var handler = new ReminderActionHandler(ReminderFactory.Service(db, time));
        var reply = await handler.HandleAsync(userId, done, default);
        var replay = await handler.HandleAsync(userId, done, default);
        var stats = await ReminderFactory.Service(db, time).StatisticsAsync(userId, null, default);

        done.Length.Should().BeLessThanOrEqualTo(64);
        reply.Text.Should().StartWith("✅ Done on time: Vitamin D");
        replay.Text.Should().StartWith("Already marked done");
        (await database.ScalarAsync<string>("SELECT kind || ':' || xp FROM xp_events")).Should().Be("ReminderDoneOnTime:" + Core.Gamification.XpRules.XpFor(Core.Gamification.ActivityKind.ReminderDoneOnTime));
        stats.Should().Match<Core.Reminders.Statistics.ReminderStatistics>(s => s.Occurrences == 1 && s.Done == 1 && s.DoneOnTime == 1 && s.CompletionRate == 1 && s.CurrentStreak == 1);
    }

    [Fact]
    public async Task ASleepReminder_OffersTheSleepCheckIn_AboveItsDoneButtons()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(Start);
        var userId = await database.AddUserAsync();
        await ReminderFactory.CreateAsync(database, time, userId, new ReminderDraft("How did you sleep?", ReminderKind.Sleep, ReminderSchedule.DailyAt(new TimeOnly(1, 0))));
        time.Advance(TimeSpan.FromMinutes(30));

        await Dispatchers.RunUntilIdleAsync(Dispatchers.Create(database.DataSource, bot, time), database.DataSource, time);

        var rows = bot.Calls.Single().GetProperty("buttons");
        rows[0][0].GetProperty("action").GetString().Should().Be("flow:sleep:start:now");
        rows[1][0].GetProperty("label").GetString().Should().Be("✅ Done");
    }

    [Fact]
    public async Task SkipAsksForAReason_SnoozeSendsAgainIn30Minutes()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(Start);
        var userId = await database.AddUserAsync();
        await ReminderFactory.CreateAsync(database, time, userId, new ReminderDraft("Walk", ReminderKind.Exercise, ReminderSchedule.Every(1, new TimeOnly(1, 0), new TimeOnly(2, 0))));
        var dispatcher = Dispatchers.Create(database.DataSource, bot, time);
        time.Advance(TimeSpan.FromMinutes(30));
        await Dispatchers.RunUntilIdleAsync(dispatcher, database.DataSource, time);
        await using var db = database.Context();
        var handler = new ReminderActionHandler(ReminderFactory.Service(db, time));
        var skip = await handler.HandleAsync(userId, bot.Calls.Last().GetProperty("buttons")[0][1].GetProperty("action").GetString()!, default);
        var reason = await handler.HandleAsync(userId, skip.Buttons[0][1].Action, default);
        time.Advance(TimeSpan.FromHours(1));
        await Dispatchers.RunUntilIdleAsync(dispatcher, database.DataSource, time);
        var snooze = await handler.HandleAsync(userId, bot.Calls.Last().GetProperty("buttons")[0][2].GetProperty("action").GetString()!, default);
        time.Advance(TimeSpan.FromMinutes(29));
        await Dispatchers.RunUntilIdleAsync(dispatcher, database.DataSource, time);
        var beforeSnoozeEnds = bot.CallCount;
        time.Advance(TimeSpan.FromMinutes(1));
        await Dispatchers.RunUntilIdleAsync(dispatcher, database.DataSource, time);

        skip.Text.Should().Contain("Want to tell me why");
        reason.Text.Should().Contain("forgot");
        (await database.ScalarAsync<string>("SELECT skip_reason FROM reminder_deliveries WHERE status = 'skipped'")).Should().Be("Forgot");
        snooze.Text.Should().StartWith("😴 Snoozed");
        beforeSnoozeEnds.Should().Be(2);
        bot.CallCount.Should().Be(3, "the snoozed occurrence is sent once, 30 minutes later");
        bot.Calls.Last().GetProperty("text").GetString().Should().Be("⏰ Walk");
    }
}
