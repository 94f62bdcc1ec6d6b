using HealthAgent.Core.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HealthAgent.Bench.Reminders;

/// <summary>A fresh, migrated database with <c>count</c> due one-off reminders spread over 1 000 users.</summary>
internal static class BenchDatabase
{
    public static async Task<NpgsqlDataSource> CreateAsync(string adminConnectionString, string name, int count)
    {
        await using (var admin = NpgsqlDataSource.Create(adminConnectionString))
        {
            await admin.CreateCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)").ExecuteNonQueryAsync();
            await admin.CreateCommand($"CREATE DATABASE {name}").ExecuteNonQueryAsync();
        }
        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, MaxPoolSize = 50 }.ConnectionString);
        await new MigrationRunner(dataSource, EmbeddedMigrations.Load(), NullLogger<MigrationRunner>.Instance).ApplyAsync();
        await using var seed = dataSource.CreateCommand($"""
            INSERT INTO users (id, telegram_id, display_name, time_zone)
            SELECT gen_random_uuid(), 5000000 + g, 'bench', 'UTC' FROM generate_series(1, 1000) g;
            WITH due AS (SELECT date_trunc('minute', now()) - interval '1 minute' AS at),
                 u AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users)
            INSERT INTO reminders (id, user_id, message, kind, schedule_type, local_time, once_date, fired_through, next_fire_at, created_at, updated_at)
            SELECT gen_random_uuid(), u.id, 'bench ' || g, 'custom', 'once', (due.at AT TIME ZONE 'UTC')::time, (due.at AT TIME ZONE 'UTC')::date,
                   due.at - interval '1 day', due.at, now(), now()
              FROM generate_series(1, {count}) g CROSS JOIN due JOIN u ON u.n = g % 1000;
            ANALYZE;
            """);
        seed.CommandTimeout = 600;
        await seed.ExecuteNonQueryAsync();
        return dataSource;
    }
}
