using HealthAgent.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using StackExchange.Redis;

namespace HealthAgent.ServiceDefaults.Clients;

/// <summary>
/// Aspire's client integrations for PostgreSQL and Redis, with our start-up messages and our dependency checks
/// (<c>postgres</c>, <c>redis</c> on <c>/health/*</c>, each with its own timeout) instead of the integrations' own checks.
/// </summary>
public static class ClientExtensions
{
    /// <summary>
    /// Registers the <see cref="NpgsqlDataSource"/> for <c>ConnectionStrings:{connectionName}</c> through Aspire.Npgsql
    /// (pooling, tracing, metrics) and the <c>postgres</c> dependency check. EF Core uses the same data source, so the
    /// process has one pool.
    /// </summary>
    public static IHostApplicationBuilder AddHealthAgentNpgsql(this IHostApplicationBuilder builder, string connectionName, bool critical = true)
    {
        var connectionString = RequiredConnectionString.Get(builder.Configuration, connectionName,
            $"Host=127.0.0.1;Port=5432;Username=postgres;Password=…;Database={connectionName}");
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(
                $"The connection string '{connectionName}' is malformed ({ex.Message}): expected 'Host=…;Port=…;Username=…;Password=…;Database=…'.", ex);
        }

        // No DISCARD ALL when a connection returns to the pool: nothing here leaves session state behind (no SET, no
        // temporary tables, no LISTEN; the migration lock is released explicitly), and the reset was one extra statement
        // per pooled connection use, several per request. Keeping the session also keeps its prepared statements: the
        // statements used most are prepared automatically, so PostgreSQL stops parsing and planning them on every call
        // (bench/README.md).
        builder.AddNpgsqlDataSource(connectionName, settings => settings.DisableHealthChecks = true, dataSource =>
        {
            dataSource.ConnectionStringBuilder.NoResetOnClose = true;
            dataSource.ConnectionStringBuilder.MaxAutoPrepare = 64;
            dataSource.ConnectionStringBuilder.AutoPrepareMinUsages = 3;
        });
        // The probe opens a connection of its own each time: pooled connections keep answering while PostgreSQL refuses
        // new ones (a smart shutdown, a full connection table), and readiness must notice that.
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "healthagent-probe" }.ConnectionString;
        builder.Services.AddHealthChecks().AddDependencyCheck(ResourceNames.Postgres, (_, timeout) => new PostgresHealthCheck(probe, timeout), critical);
        return builder;
    }

    /// <summary>
    /// Registers the process's one <see cref="IConnectionMultiplexer"/> for <c>ConnectionStrings:{connectionName}</c> through
    /// Aspire.StackExchange.Redis (tracing included) and the <c>redis</c> dependency check. Start-up never waits for Redis:
    /// it holds only what can be rebuilt, and the multiplexer reconnects by itself.
    /// </summary>
    public static IHostApplicationBuilder AddHealthAgentRedis(this IHostApplicationBuilder builder, string connectionName, bool critical = false)
    {
        var connectionString = RequiredConnectionString.Get(builder.Configuration, connectionName, "127.0.0.1:6379,password=…");
        try
        {
            _ = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(
                $"The connection string '{connectionName}' is malformed ({ex.Message}): expected 'host:port[,password=…]'.", ex);
        }

        builder.AddRedisClient(connectionName, settings => settings.DisableHealthChecks = true, options => options.AbortOnConnectFail = false);
        builder.Services.AddHealthChecks().AddDependencyCheck(ResourceNames.Redis,
            (sp, timeout) => new RedisHealthCheck(sp.GetRequiredService<IConnectionMultiplexer>, timeout), critical);
        return builder;
    }
}
