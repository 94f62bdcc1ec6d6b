using HealthAgent.Core.Gamification;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Dispatch;
using HealthAgent.Core.Reminders.Housekeeping;
using HealthAgent.Core.Reminders.Scheduling;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace HealthAgent.Tests.Integration.Reminders;

public sealed class WorkerJobTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task DailySummary_SentOnceAfterTheLocalTime_EvenWithTwoReplicas()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-06-11T15:00:00Z"));    // 20:45 in Kathmandu
        var userId = await database.AddUserAsync("Asia/Kathmandu");
        await using (var db = database.Context())
        {
            await ReminderFactory.Service(db, time).SetDailySummaryAsync(userId, true, new TimeOnly(21, 0), default);
        }
        var replicas = Enumerable.Range(0, 2).Select(_ => new DailySummarySender(database.DataSource, new NotificationClient(bot.Client(), NotificationsStub.ServiceKey), time)).ToList();

        var early = await Task.WhenAll(replicas.Select(r => r.RunAsync(default)));
        time.Advance(TimeSpan.FromMinutes(15));
        var due = await Task.WhenAll(replicas.Select(r => r.RunAsync(default)));
        var again = await replicas[0].RunAsync(default);

        early.Sum().Should().Be(0, "21:00 has not come in Kathmandu");
        due.Sum().Should().Be(1, "one replica claims the day");
        again.Should().Be(0);
        bot.Calls.Single().GetProperty("text").GetString().Should().StartWith("📋 Your day (Wed 11 Jun)");
    }

    [Fact]
    public async Task DailySummary_WhenTheBotsCircuitIsOpen_IsARetry_AndTheDayIsSentOnTheNextRun()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await using var bot = await NotificationsStub.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-06-11T21:05:00Z"));
        var userId = await database.AddUserAsync("UTC");
        await using (var db = database.Context())
        {
            await ReminderFactory.Service(db, time).SetDailySummaryAsync(userId, true, new TimeOnly(21, 0), default);
        }
        // The resilience handler refuses the call without sending it, as an open breaker does.
        var refusing = new DailySummarySender(database.DataSource, new NotificationClient(
            new HttpClient(new Refusing()) { BaseAddress = bot.Client().BaseAddress }, NotificationsStub.ServiceKey), time);
        var working = new DailySummarySender(database.DataSource, new NotificationClient(bot.Client(), NotificationsStub.ServiceKey), time);

        var refused = await refusing.RunAsync(default);
        var sent = await working.RunAsync(default);

        refused.Should().Be(0);
        sent.Should().Be(1, "the refused send gave its claim back");
        bot.Calls.Should().ContainSingle();
    }

    private sealed class Refusing : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new Polly.CircuitBreaker.BrokenCircuitException("The circuit is now open and is not allowing calls.");
    }

    [Fact]
    public async Task DayEnd_SettlesEachLocalDayOnce_AcrossReplicas()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-06-10T12:00:00Z"));
        var userId = await database.AddUserAsync("Pacific/Auckland");
        await using (var db = database.Context())
        {
            await new GamificationRecorder(time).RecordAsync(db, userId, ActivityKind.Water, "water:1", time.GetUtcNow(), default);
            await db.SaveChangesAsync();
        }
        time.Advance(TimeSpan.FromDays(3));

        var settled = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var db = database.Context();
            return await new DayEndSettler(db, new GamificationService(db, time), time).RunAsync(default);
        }));

        settled.Sum().Should().Be(1, "a user never settled before starts with yesterday, settled by one replica");
        (await database.ScalarAsync<DateTime>("SELECT last_day_closed::timestamp FROM reminder_settings")).Should().Be(new DateTime(2025, 6, 13));
        (await database.ScalarAsync<int>("SELECT current FROM streaks WHERE lower(activity) = 'water'")).Should().Be(0, "two days without water break the streak");
    }

    [Fact]
    public async Task Retention_DeletesOldFinishedDeliveries_KeepsPendingAndRecent()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-01T00:00:00Z"));
        var userId = await database.AddUserAsync();
        var reminder = await ReminderFactory.CreateAsync(database, time, userId, new ReminderDraft("Walk", ReminderKind.Exercise, ReminderSchedule.DailyAt(new TimeOnly(9, 0))));
        await database.ScalarAsync<int>($"""
            INSERT INTO reminder_deliveries (id, reminder_id, user_id, scheduled_at, status, created_at) VALUES
              (gen_random_uuid(), '{reminder.Id}', '{userId}', '2024-01-01T09:00Z', 'sent', now()),
              (gen_random_uuid(), '{reminder.Id}', '{userId}', '2024-01-02T09:00Z', 'pending', now()),
              (gen_random_uuid(), '{reminder.Id}', '{userId}', '2024-12-30T09:00Z', 'done', now())
            RETURNING 1
            """);

        var deleted = await new DeliveryRetention(database.DataSource, Options.Create(new ReminderDispatchOptions { DeliveryRetention = TimeSpan.FromDays(180) }), time).RunAsync(default);

        deleted.Should().Be(1);
        (await database.ScalarAsync<string>("SELECT string_agg(status, ',' ORDER BY scheduled_at) FROM reminder_deliveries")).Should().Be("pending,done");
    }
}
