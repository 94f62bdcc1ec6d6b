using HealthAgent.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using StackExchange.Redis;
using System.Data.Common;

namespace HealthAgent.ServiceDefaults.Clients;

/// <summary>
/// Client registrations named after Aspire's client integrations (<c>AddNpgsqlDataSource</c>, <c>AddRedisClient</c>):
/// each reads its connection string by resource name, registers the client and a health check.
/// </summary>
public static class ClientExtensions
{
    /// <summary>Registers one <see cref="NpgsqlDataSource"/> for <c>ConnectionStrings:{connectionName}</c> and a <c>postgres</c> health check.</summary>
    public static IHostApplicationBuilder AddNpgsqlDataSource(
        this IHostApplicationBuilder builder, string connectionName, bool critical = true)
    {
        var connectionString = RequiredConnectionString.Get(builder.Configuration, connectionName,
            $"Host=127.0.0.1;Port=5432;Username=postgres;Password=…;Database={connectionName}");
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(
                $"The connection string '{connectionName}' is malformed ({ex.Message}): expected 'Host=…;Port=…;Username=…;Password=…;Database=…'.", ex);
        }

        builder.Services.AddSingleton(sp => new NpgsqlDataSourceBuilder(parsed.ConnectionString)
            .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>())
            .Build());
        builder.Services.AddSingleton<DbDataSource>(sp => sp.GetRequiredService<NpgsqlDataSource>());
        builder.Services.AddHealthChecks().AddDependencyCheck(ResourceNames.Postgres,
            (sp, timeout) => new PostgresHealthCheck(sp.GetRequiredService<NpgsqlDataSource>(), timeout), critical);
        return builder;
    }

    /// <summary>Registers a <see cref="RedisConnection"/> for <c>ConnectionStrings:{connectionName}</c> and a <c>redis</c> health check.</summary>
    public static IHostApplicationBuilder AddRedisClient(
        this IHostApplicationBuilder builder, string connectionName, bool critical = false)
    {
        var connectionString = RequiredConnectionString.Get(builder.Configuration, connectionName, "127.0.0.1:6379,password=…");
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(
                $"The connection string '{connectionName}' is malformed ({ex.Message}): expected 'host:port[,password=…]'.", ex);
        }
        options.AbortOnConnectFail = false;

        builder.Services.AddSingleton(_ => new RedisConnection(options));
        builder.Services.AddHealthChecks().AddDependencyCheck(ResourceNames.Redis,
            (sp, timeout) => new RedisHealthCheck(sp.GetRequiredService<RedisConnection>(), timeout), critical);
        return builder;
    }
}
