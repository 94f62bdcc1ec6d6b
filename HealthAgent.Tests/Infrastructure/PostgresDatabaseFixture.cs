using Npgsql;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>A fresh, empty database on the test run's PostgreSQL server for one test class; dropped afterwards.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private string? _database;

    /// <summary>Connection string of this class's database (superuser, password included).</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var server = await TestPostgres.GetAsync();
        _database = $"test_{Guid.NewGuid():N}";
        await server.CreateDatabaseAsync(_database);
        ConnectionString = server.ConnectionString(_database);
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }
        var server = await TestPostgres.GetAsync();
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
