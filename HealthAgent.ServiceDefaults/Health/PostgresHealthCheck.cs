using Npgsql;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>
/// Checks PostgreSQL with <c>SELECT 1</c> on a new, unpooled connection: the question is whether the server takes
/// connections now, which a pooled connection opened earlier cannot answer.
/// </summary>
public sealed class PostgresHealthCheck(string connectionString, TimeSpan timeout) : DependencyHealthCheck(timeout)
{
    /// <inheritdoc />
    protected override async Task<string> ProbeAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return "SELECT 1 answered on a new connection.";
    }
}
