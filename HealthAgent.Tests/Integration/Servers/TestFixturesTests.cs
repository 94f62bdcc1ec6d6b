using HealthAgent.Tests.Infrastructure;
using Npgsql;

namespace HealthAgent.Tests.Integration.Servers;

public sealed class TestFixturesTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task PostgresDatabaseFixture_GivesEachClassItsOwnDatabase()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);

        (await command.ExecuteScalarAsync()).Should().Be(new NpgsqlConnectionStringBuilder(database.ConnectionString).Database)
            .And.Match<string>(name => name.StartsWith("test_"));
    }
}
