using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HealthAgent.AppHost.LocalServers;

/// <summary>Adds PostgreSQL from the machine's binaries, with a health check, a data folder kept between runs and its databases.</summary>
public static class LocalPostgresExtensions
{
    /// <summary>
    /// Adds a PostgreSQL server that keeps its cluster in <paramref name="dataDirectory"/> and listens on 127.0.0.1:<paramref name="port"/>
    /// (not proxied: the port is the server's own). The cluster is created on first start; the password is generated once
    /// per data folder. The resource is healthy once it accepts a connection.
    /// </summary>
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(this IDistributedApplicationBuilder builder,
        string name, string dataDirectory, int port)
    {
        var binDirectory = PostgresCluster.FindBinDirectory() ?? throw new DistributedApplicationException(
            "PostgreSQL is not installed: run 'sudo apt-get install postgresql' (eng/run.sh does it), set AppHost__ServerMode=container " +
            "to use containers, or set ConnectionStrings__healthdb to use an existing server.");
        var password = builder.AddParameter($"{name}-password", SecretFile.ReadOrCreate(Path.Combine(dataDirectory, "postgres.password")), secret: true);
        var cluster = new PostgresCluster(Path.Combine(dataDirectory, "postgres"), port, binDirectory);
        var (command, arguments) = cluster.StartCommand();
        var server = new LocalPostgresServerResource(name, command, dataDirectory, password.Resource, cluster);

        var connectionString = builder.CaptureConnectionString(server);
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (_, ct) =>
            await cluster.PrepareAsync(await password.Resource.GetValueAsync(ct) ?? "", ct));
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (ready, ct) =>
        {
            // Aspire passes a parent's state on to its children only for containers: the databases are announced here.
            var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var database in server.Databases)
            {
                await CreateDatabaseAsync(connectionString(ready.Services), database.DatabaseName, ct);
                await notifications.PublishUpdateAsync(database, state => state with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow });
            }
        });

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddNpgSql(connectionString, name: healthCheck);
        return builder.AddResource(server)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalPostgresServerResource.EndpointName, isProxied: false)
            .WithArgs(arguments)
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    /// <summary>Adds a database, created on the server once the server is healthy; healthy once it answers <c>SELECT 1</c>.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresServerResource> server,
        string name, string? databaseName = null)
    {
        var database = new LocalPostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.Databases.Add(database);

        var healthCheck = $"{name}_check";
        server.ApplicationBuilder.Services.AddHealthChecks()
            .AddNpgSql(server.ApplicationBuilder.CaptureConnectionString(database), name: healthCheck);
        return server.ApplicationBuilder.AddResource(database).WithHealthCheck(healthCheck).ExcludeFromManifest();
    }

    private static async Task CreateDatabaseAsync(string serverConnectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
