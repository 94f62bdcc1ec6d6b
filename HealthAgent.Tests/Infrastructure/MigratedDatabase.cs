using HealthAgent.Core.Data;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>A fresh database on the fixture's server with every embedded migration applied, for one test.</summary>
public sealed class MigratedDatabase : IAsyncDisposable
{
    private static long _nextTelegramId = 1_000;

    private MigratedDatabase(NpgsqlDataSource dataSource) => DataSource = dataSource;

    /// <summary>The database's data source.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Creates the database and applies the migrations.</summary>
    public static async Task<MigratedDatabase> CreateAsync(PostgresDatabaseFixture postgres, string prefix)
    {
        var dataSource = NpgsqlDataSource.Create(await ScratchDatabases.CreateAsync(postgres.ConnectionString, prefix));
        await new MigrationRunner(dataSource, EmbeddedMigrations.Load(), NullLogger<MigrationRunner>.Instance).ApplyAsync();
        return new MigratedDatabase(dataSource);
    }

    /// <summary>A new context over this database, as the pooled one is configured.</summary>
    public HealthDbContext Context(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<HealthDbContext>().UseNpgsql(DataSource).AddInterceptors(interceptors).Options);

    /// <summary>Adds a user in <paramref name="timeZone"/> and returns the id.</summary>
    public async Task<Guid> AddUserAsync(string timeZone = "UTC")
    {
        await using var db = Context();
        var user = new User { TelegramId = Interlocked.Increment(ref _nextTelegramId), DisplayName = "Test", TimeZone = timeZone };
        db.Set<User>().Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>Runs a scalar query.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
