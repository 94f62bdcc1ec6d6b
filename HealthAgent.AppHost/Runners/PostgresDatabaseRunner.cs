using HealthAgent.AppHost.Orchestration;
using HealthAgent.AppHost.Resources;
using Npgsql;

namespace HealthAgent.AppHost.Runners;

/// <summary>A database on the PostgreSQL server: created when missing, healthy when <c>SELECT 1</c> answers.</summary>
public sealed class PostgresDatabaseRunner : IResourceRunner
{
    private readonly PostgresDatabaseResource _resource;
    private readonly PostgresServerRunner _server;
    private readonly string _connectionString;
    private readonly string _source;

    /// <summary>Publishes the database's connection string.</summary>
    public PostgresDatabaseRunner(PostgresDatabaseResource resource, PostgresServerRunner server, ResourceAddresses addresses)
    {
        _resource = resource;
        _server = server;
        // An existing server's connection string is used as given when it was set for this database, as Aspire's AddConnectionString does.
        _connectionString = server.Server?.ConnectionString(resource.Name)
            ?? (server.ExternalName == resource.ConnectionStringName
                ? server.ExternalConnectionString!
                : new NpgsqlConnectionStringBuilder(server.ExternalConnectionString) { Database = resource.Name }.ConnectionString);
        _source = server.ExternalSource ?? "the AppHost's own server";
        addresses.ConnectionStrings[resource.ConnectionStringName] = _connectionString;
        var target = new NpgsqlConnectionStringBuilder(_connectionString);
        Url = $"postgres://{target.Host}:{target.Port}/{target.Database}";
    }

    /// <inheritdoc />
    public string? Url { get; }

    /// <inheritdoc />
    public int? ProcessId => null;

    /// <inheritdoc />
    public Task<int>? Exited => null;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_server.Server is { } own)
        {
            await own.CreateDatabaseAsync(_resource.Name, cancellationToken);
        }
        else if (await CheckHealthAsync(cancellationToken) is { } problem && problem.Contains("has no database"))
        {
            await CreateOnExistingServerAsync(cancellationToken);
        }
        if (await CheckHealthAsync(cancellationToken) is { } failure)
        {
            throw new ResourceStartException(failure);
        }
    }

    /// <inheritdoc />
    public Task<string?> CheckHealthAsync(CancellationToken cancellationToken) =>
        PostgresProbe.ProblemAsync(_connectionString, _source, cancellationToken);

    /// <inheritdoc />
    public Task StopAsync() => Task.CompletedTask;

    private async Task CreateOnExistingServerAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(_connectionString);
        var name = target.Database ?? _resource.Name;
        target.Database = "postgres";
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }
}
