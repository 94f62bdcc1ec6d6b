using HealthAgent.Core.Data;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HealthAgent.Tests.Integration.Data;

public sealed class MigrationRunnerTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private readonly List<NpgsqlDataSource> _dataSources = [];

    [Fact]
    public async Task ApplyAsync_OnEmptyDatabase_AppliesEveryEmbeddedFileOnce()
    {
        var dataSource = await FreshDatabaseAsync();
        var embedded = EmbeddedMigrations.Load();

        var applied = await Runner(dataSource, embedded).ApplyAsync();

        applied.Should().Equal(embedded.Select(m => m.Name));
        (await ScalarAsync<long>(dataSource, "SELECT count(*) FROM schema_migrations")).Should().Be(embedded.Count);
        (await ScalarAsync<bool>(dataSource, "SELECT to_regclass('public.users') IS NOT NULL")).Should().BeTrue("001 creates the users table");
    }

    [Fact]
    public async Task ApplyAsync_SecondRun_AppliesNothing()
    {
        var dataSource = await FreshDatabaseAsync();
        await Runner(dataSource, EmbeddedMigrations.Load()).ApplyAsync();

        var second = await Runner(dataSource, EmbeddedMigrations.Load()).ApplyAsync();

        second.Should().BeEmpty("every file was applied by the first run");
    }

    [Fact]
    public async Task ApplyAsync_FourRunnersAtOnce_ApplyEachFileExactlyOnce()
    {
        var connectionString = await ScratchDatabases.CreateAsync(postgres.ConnectionString, "migrations");
        var dataSource = Open(connectionString);
        Migration[] migrations =
        [
            Migration.FromFile("001_first.sql", "CREATE TABLE first (id int); SELECT pg_sleep(0.2);"),
            Migration.FromFile("002_second.sql", "CREATE TABLE second (id int);"),
        ];
        // Separate data sources, so the runners really hold separate sessions like separate replicas do.
        var runners = Enumerable.Range(0, 4).Select(_ => Runner(Open(connectionString), migrations)).ToList();

        var results = await Task.WhenAll(runners.Select(r => r.ApplyAsync()));

        results.SelectMany(r => r).Should().Equal(["001_first.sql", "002_second.sql"], "exactly one runner applies each file");
        (await ScalarAsync<long>(dataSource, "SELECT count(*) FROM schema_migrations")).Should().Be(2);
    }

    [Fact]
    public async Task ApplyAsync_AppliedFileWasEdited_FailsNamingTheFile()
    {
        var dataSource = await FreshDatabaseAsync();
        await Runner(dataSource, [Migration.FromFile("001_table.sql", "CREATE TABLE t (id int);")]).ApplyAsync();

        var edited = Runner(dataSource, [Migration.FromFile("001_table.sql", "CREATE TABLE t (id bigint);")]);
        var act = () => edited.ApplyAsync();

        (await act.Should().ThrowAsync<MigrationException>())
            .Which.Message.Should().Contain("001_table.sql").And.Contain("changed after it was applied");
    }

    [Fact]
    public async Task ApplyAsync_FailingFile_LeavesNoPartialSchemaAndLaterFixedRunSucceeds()
    {
        var dataSource = await FreshDatabaseAsync();
        Migration good = Migration.FromFile("001_good.sql", "CREATE TABLE good (id int);");
        Migration broken = Migration.FromFile("002_broken.sql", "CREATE TABLE half_done (id int); CREATE TABLE broken (id no_such_type);");

        var act = () => Runner(dataSource, [good, broken]).ApplyAsync();

        (await act.Should().ThrowAsync<MigrationException>()).Which.Message.Should().Contain("002_broken.sql").And.Contain("no_such_type");
        (await ScalarAsync<bool>(dataSource, "SELECT to_regclass('public.half_done') IS NULL")).Should().BeTrue("the failed file's transaction is rolled back");
        (await ScalarAsync<long>(dataSource, "SELECT count(*) FROM schema_migrations")).Should().Be(1, "only 001 was recorded");

        var fixedRun = await Runner(dataSource, [good, Migration.FromFile("002_fixed.sql", "CREATE TABLE fixed (id int);")]).ApplyAsync();
        fixedRun.Should().Equal("002_fixed.sql");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }
    }

    private static MigrationRunner Runner(NpgsqlDataSource dataSource, IReadOnlyList<Migration> migrations) =>
        new(dataSource, migrations, NullLogger<MigrationRunner>.Instance);

    private async Task<NpgsqlDataSource> FreshDatabaseAsync() =>
        Open(await ScratchDatabases.CreateAsync(postgres.ConnectionString, "migrations"));

    private NpgsqlDataSource Open(string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        _dataSources.Add(dataSource);
        return dataSource;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
