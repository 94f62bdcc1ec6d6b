using HealthAgent.AppHost.Orchestration;
using HealthAgent.AppHost.Resources;
using HealthAgent.AppHost.Servers;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace HealthAgent.AppHost.Runners;

/// <summary>
/// The PostgreSQL server: a private one under the data folder (password generated once and kept in postgres.password),
/// or, when the AppHost's configuration names one through a database's connection string, that existing server.
/// </summary>
public sealed class PostgresServerRunner : IResourceRunner
{
    private readonly PostgresServerResource _resource;
    private readonly ResourceLogs _logs;
    private readonly LogFileTail? _tail;

    /// <summary>Prepares the server: picks its port and password and publishes its connection string.</summary>
    public PostgresServerRunner(PostgresServerResource resource, AppHostOptions options, IConfiguration configuration,
        ResourceAddresses addresses, ResourceLogs logs)
    {
        _resource = resource;
        _logs = logs;
        var external = resource.Databases
            .Select(d => (Name: d.ConnectionStringName, Value: configuration.GetConnectionStringOrNull(d.ConnectionStringName)))
            .FirstOrDefault(c => c.Value is not null);
        if (external.Value is not null)
        {
            ExternalSource = $"ConnectionStrings__{external.Name}";
            ExternalName = external.Name;
            ExternalConnectionString = external.Value;
            var target = new NpgsqlConnectionStringBuilder(external.Value) { Database = null };
            addresses.ConnectionStrings[resource.ConnectionStringName] = target.ConnectionString;
            Url = $"postgres://{target.Host}:{target.Port} (existing)";
            return;
        }
        var password = SecretFile.ReadOrCreate(Path.Combine(options.DataDirectory, "postgres.password"));
        var port = options.Ports.TryGetValue(resource.Name, out var fixedPort) ? fixedPort : FreePort.Next();
        Server = new PostgresServerProcess(new PostgresServerSettings(Path.Combine(options.DataDirectory, "postgres"), port, password, Durable: true));
        addresses.ConnectionStrings[resource.ConnectionStringName] = new NpgsqlConnectionStringBuilder(Server.ConnectionString("postgres")) { Database = null }.ConnectionString;
        Url = $"postgres://127.0.0.1:{port}";
        _tail = new LogFileTail(Server.LogFile, line => _logs.Write(_resource.Name, line));
    }

    /// <summary>The private server, or null when an existing server is used.</summary>
    public PostgresServerProcess? Server { get; }

    /// <summary>The existing server's connection string, when one is configured.</summary>
    public string? ExternalConnectionString { get; }

    /// <summary>The connection-string name the existing server came from (a database's).</summary>
    public string? ExternalName { get; }

    /// <summary>Which setting named the existing server, for messages.</summary>
    public string? ExternalSource { get; }

    /// <inheritdoc />
    public string? Url { get; }

    /// <inheritdoc />
    public int? ProcessId => Server?.ProcessId;

    /// <inheritdoc />
    public Task<int>? Exited => null;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Server is null)
        {
            _logs.Write(_resource.Name, $"Using the existing server from {ExternalSource}.");
            if (await CheckHealthAsync(cancellationToken) is { } problem)
            {
                throw new ResourceStartException(problem);
            }
            return;
        }
        _tail!.Start(LogFileTail.LengthOf(Server.LogFile));
        await Server.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string?> CheckHealthAsync(CancellationToken cancellationToken)
    {
        if (Server is not null)
        {
            return await PostgresProbe.ProblemAsync(Server.ConnectionString("postgres"), "the AppHost's own server", cancellationToken);
        }
        // The server is fine when it lets us in; a missing database is the database resource's business (it creates it).
        var problem = await PostgresProbe.ProblemAsync(ExternalConnectionString!, ExternalSource!, cancellationToken);
        return problem is not null && problem.Contains("has no database") ? null : problem;
    }

    /// <inheritdoc />
    public async Task StopAsync()
    {
        if (Server is not null)
        {
            await Server.StopAsync();
            await _tail!.DisposeAsync();
        }
    }
}
