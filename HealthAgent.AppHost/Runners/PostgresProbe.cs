using System.Net.Sockets;
using Npgsql;

namespace HealthAgent.AppHost.Runners;

/// <summary>Runs <c>SELECT 1</c> against a database and puts any failure into one sentence.</summary>
public static class PostgresProbe
{
    /// <summary>Null when the database answered; otherwise why not, naming <paramref name="source"/> (where the connection string came from).</summary>
    public static async Task<string?> ProblemAsync(string connectionString, string source, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var where = $"PostgreSQL at {target.Host}:{target.Port}";
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            return null;
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            return $"{where} rejected the user name or password in {source}: correct it, or remove that setting so that the AppHost starts its own server.";
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return $"{where} has no database '{target.Database}' ({source}): create it, or remove that setting so that the AppHost starts its own server.";
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return $"{where} is not reachable ({ex.InnerException?.Message ?? ex.Message}): start it, or correct {source}.";
        }
    }
}
