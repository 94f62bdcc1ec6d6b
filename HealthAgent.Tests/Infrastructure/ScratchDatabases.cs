using Npgsql;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>Creates extra empty databases on a fixture's server, for tests that need a fresh schema per test.</summary>
public static class ScratchDatabases
{
    /// <summary>Creates a new, uniquely named database and returns its connection string.</summary>
    public static async Task<string> CreateAsync(string serverConnectionString, string prefix)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString);
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        builder.Database = name;
        return builder.ConnectionString;
    }
}
