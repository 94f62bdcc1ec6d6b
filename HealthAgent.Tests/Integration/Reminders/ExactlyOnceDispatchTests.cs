using HealthAgent.Tests.Infrastructure;
using Npgsql;

namespace HealthAgent.Tests.Integration.Reminders;

public sealed class ExactlyOnceDispatchTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private const int Reminders = 5000;

    [Fact]
    public async Task ThreeDispatchers_5000DueReminders_EachOccurrenceDeliveredOnce()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await SeedDueAsync(database.DataSource, Reminders);
        await using var bot = await NotificationsStub.StartAsync();
        var replicas = Enumerable.Range(0, 3).Select(_ => Dispatchers.Create(database.DataSource, bot, TimeProvider.System)).ToList();

        await Task.WhenAll(replicas.Select(r => Task.Run(() => Dispatchers.RunUntilIdleAsync(r, database.DataSource, TimeProvider.System))));

        bot.CallCount.Should().Be(Reminders, "no occurrence may be sent twice, not even as a duplicate");
        bot.Sends.Should().HaveCount(Reminders).And.OnlyContain(s => s.Value == 1);
        (await database.ScalarAsync<long>("SELECT count(*) FROM reminder_deliveries WHERE status = 'sent'")).Should().Be(Reminders);
        (await database.ScalarAsync<long>("SELECT count(*) FROM reminders WHERE next_fire_at IS NOT NULL")).Should().Be(0, "one-offs have no next occurrence");
    }

    [Fact]
    public async Task OneOfThreeDispatchersKilledMidBatch_NoneLostNoneDoubled()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "rem");
        await SeedDueAsync(database.DataSource, Reminders);
        await using var bot = await NotificationsStub.StartAsync();
        // A short lease, so the survivors take over the killed replica's leased deliveries quickly.
        var replicas = Enumerable.Range(0, 3)
            .Select(_ => Dispatchers.Create(database.DataSource, bot, TimeProvider.System, o => o.SendLease = TimeSpan.FromSeconds(2)))
            .ToList();
        using var kill = new CancellationTokenSource();
        bot.Respond = _ =>
        {
            if (bot.CallCount >= 1500)
            {
                kill.Cancel();
            }
            return null;
        };

        var victim = Task.Run(() => Dispatchers.RunUntilIdleAsync(replicas[0], database.DataSource, TimeProvider.System, kill.Token));
        var survivors = replicas.Skip(1).Select(r => Task.Run(() => Dispatchers.RunUntilIdleAsync(r, database.DataSource, TimeProvider.System))).ToList();
        await Task.WhenAll(survivors);
        var killed = async () => await victim;

        await killed.Should().ThrowAsync<OperationCanceledException>("the victim was killed mid-batch");
        bot.Delivered.Should().Be(Reminders, "no occurrence was lost, and the Bot delivers an idempotency key once");
        (bot.CallCount - Reminders).Should().BeLessThanOrEqualTo(200,
            "only the killed replica's in-flight batch is resent (answered duplicate), nothing else twice");
        (await database.ScalarAsync<long>("SELECT count(*) FROM reminder_deliveries")).Should().Be(Reminders);
        (await database.ScalarAsync<long>("SELECT count(*) FROM reminder_deliveries WHERE status = 'sent'")).Should().Be(Reminders);
    }

    /// <summary>Due one-off reminders, one per user-row pair, a minute in the past in UTC.</summary>
    internal static async Task SeedDueAsync(NpgsqlDataSource dataSource, int count)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO users (id, telegram_id, display_name, time_zone)
            SELECT gen_random_uuid(), 9000000 + g, 'load', 'UTC' FROM generate_series(1, 100) g;
            WITH due AS (SELECT date_trunc('minute', now()) - interval '1 minute' AS at),
                 u AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users)
            INSERT INTO reminders (id, user_id, message, kind, schedule_type, local_time, once_date, fired_through, next_fire_at, created_at, updated_at)
            SELECT gen_random_uuid(), u.id, 'load ' || g, 'custom', 'once', (due.at AT TIME ZONE 'UTC')::time, (due.at AT TIME ZONE 'UTC')::date,
                   due.at - interval '1 day', due.at, now(), now()
              FROM generate_series(1, {count}) g CROSS JOIN due JOIN u ON u.n = g % 100;
            """);
        await command.ExecuteNonQueryAsync();
    }
}
