using Npgsql;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Checks PostgreSQL with <c>SELECT 1</c> through the service's data source.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource, TimeSpan timeout) : DependencyHealthCheck(timeout)
{
    /// <inheritdoc />
    protected override async Task<string> ProbeAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return "SELECT 1 answered.";
    }
}
