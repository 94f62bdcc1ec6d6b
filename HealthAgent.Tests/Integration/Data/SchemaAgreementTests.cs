using HealthAgent.Core.Data;
using HealthAgent.Core.Users;
using HealthAgent.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HealthAgent.Tests.Integration.Data;

public sealed class SchemaAgreementTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task EfModel_MatchesMigratedDatabase_TablesColumnsTypesAndNullability()
    {
        await using var dataSource = await MigratedAsync();
        await using var db = Context(dataSource);
        var columns = await ReadColumnsAsync(dataSource);

        var mismatches = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName();
                if (!columns.TryGetValue((table, column), out var actual))
                {
                    mismatches.Add($"{table}.{column} is in the EF model but not in the database");
                    continue;
                }
                if (actual.Type != property.GetColumnType())
                {
                    mismatches.Add($"{table}.{column}: EF maps {property.GetColumnType()}, the database has {actual.Type}");
                }
                if (actual.Nullable != property.IsColumnNullable())
                {
                    mismatches.Add($"{table}.{column}: EF nullable={property.IsColumnNullable()}, database nullable={actual.Nullable}");
                }
            }
            var mapped = entity.GetProperties().Select(p => p.GetColumnName()).ToHashSet();
            mismatches.AddRange(columns.Keys.Where(k => k.Table == table && !mapped.Contains(k.Column))
                .Select(k => $"{table}.{k.Column} is in the database but not in the EF model"));
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public async Task Users_RoundTripThroughEf_WithDatabaseDefaults()
    {
        await using var dataSource = await MigratedAsync();
        await using (var db = Context(dataSource))
        {
            db.Set<User>().Add(new User { TelegramId = 4242, DisplayName = "Ada" });
            await db.SaveChangesAsync();
        }

        await using var read = Context(dataSource);
        var user = await read.Set<User>().SingleAsync(u => u.TelegramId == 4242);
        user.Id.Should().NotBeEmpty();
        user.TimeZone.Should().Be("UTC");
        user.Language.Should().Be("en");
        user.CreatedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Users_FirstEnumMembers_AreStoredAsGivenNotReplacedByDatabaseDefaults()
    {
        await using var dataSource = await MigratedAsync();
        await using (var db = Context(dataSource))
        {
            db.Set<User>().Add(new User { TelegramId = 99, DisplayName = "Sam", ActivityLevel = ActivityLevel.Sedentary, OnboardingState = OnboardingState.New });
            await db.SaveChangesAsync();
        }

        await using var read = Context(dataSource);
        (await read.Set<User>().SingleAsync(u => u.TelegramId == 99)).ActivityLevel.Should().Be(ActivityLevel.Sedentary);
    }

    [Fact]
    public async Task Users_SecondRowWithSameTelegramId_IsRejected()
    {
        await using var dataSource = await MigratedAsync();
        await using var db = Context(dataSource);
        db.Set<User>().Add(new User { TelegramId = 7, DisplayName = "One" });
        await db.SaveChangesAsync();

        db.Set<User>().Add(new User { TelegramId = 7, DisplayName = "Two" });
        var act = () => db.SaveChangesAsync();

        (await act.Should().ThrowAsync<DbUpdateException>())
            .WithInnerException<PostgresException>().Which.SqlState.Should().Be(PostgresErrorCodes.UniqueViolation);
    }

    private async Task<NpgsqlDataSource> MigratedAsync()
    {
        var dataSource = NpgsqlDataSource.Create(await ScratchDatabases.CreateAsync(postgres.ConnectionString, "schema"));
        await new MigrationRunner(dataSource, EmbeddedMigrations.Load(), NullLogger<MigrationRunner>.Instance).ApplyAsync();
        return dataSource;
    }

    private static HealthDbContext Context(NpgsqlDataSource dataSource) =>
        new(new DbContextOptionsBuilder<HealthDbContext>().UseNpgsql(dataSource).Options);

    private static async Task<Dictionary<(string Table, string Column), (string Type, bool Nullable)>> ReadColumnsAsync(NpgsqlDataSource dataSource)
    {
        const string sql = """
            SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod), c.is_nullable = 'YES'
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
                               AND a.attname = c.column_name
            WHERE c.table_schema = 'public' AND c.table_name <> 'schema_migrations'
            """;
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new Dictionary<(string, string), (string, bool)>();
        while (await reader.ReadAsync())
        {
            columns[(reader.GetString(0), reader.GetString(1))] = (reader.GetString(2), reader.GetBoolean(3));
        }
        return columns;
    }
}
