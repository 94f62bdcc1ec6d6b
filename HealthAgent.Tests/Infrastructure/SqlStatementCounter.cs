using Npgsql;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// Counts the statements PostgreSQL itself executed in one database (pg_stat_statements, loaded by the test server),
/// so a test can assert how many round trips a request costs. Utility statements (<c>DISCARD ALL</c>, <c>BEGIN</c>)
/// count too. Not counted, being no request's work: the counter's own queries, the readiness probe's <c>SELECT 1</c>
/// (health checks run in the background), and what Npgsql runs when it opens a physical connection (its type
/// catalogue, the server version), which the probe does each time on its unpooled connection.
/// </summary>
public sealed class SqlStatementCounter
{
    private const string Read = """
        SELECT query, calls FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'
          AND query NOT LIKE '-- Load %' AND query NOT LIKE '%FROM pg_type%' AND query NOT IN ('SELECT version()', 'SELECT $1')
        """;

    private readonly string _connectionString;

    private SqlStatementCounter(string connectionString) => _connectionString = connectionString;

    /// <summary>A counter for the database of <paramref name="connectionString"/> (a superuser's).</summary>
    public static async Task<SqlStatementCounter> ForAsync(string connectionString)
    {
        var counter = new SqlStatementCounter(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await counter.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        return counter;
    }

    /// <summary>The statements executed so far, by normalised text.</summary>
    public async Task<Dictionary<string, long>> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Read, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var calls = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            calls[reader.GetString(0)] = calls.GetValueOrDefault(reader.GetString(0)) + reader.GetInt64(1);
        }
        return calls;
    }

    /// <summary>What ran between two snapshots: the total and each statement's count.</summary>
    public static (long Total, string Listing) Difference(Dictionary<string, long> before, Dictionary<string, long> after)
    {
        var ran = after.Select(a => (Query: a.Key, Calls: a.Value - before.GetValueOrDefault(a.Key))).Where(a => a.Calls > 0).OrderByDescending(a => a.Calls).ToList();
        return (ran.Sum(r => r.Calls), string.Join('\n', ran.Select(r => $"{r.Calls,4} × {Shorten(r.Query)}")));
    }

    private static string Shorten(string query)
    {
        var flat = string.Join(' ', query.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 160 ? flat[..160] + "…" : flat;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
