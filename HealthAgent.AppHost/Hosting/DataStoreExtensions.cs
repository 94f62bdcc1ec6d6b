using HealthAgent.AppHost.LocalServers;
using Microsoft.Extensions.Configuration;
using HealthAgent.ServiceDefaults;

namespace HealthAgent.AppHost.Hosting;

/// <summary>
/// PostgreSQL (<c>postgres</c> with the database <c>healthdb</c>) and Redis (<c>redis</c>) in whichever form this machine
/// supports; every form gives the services the same connection-string names.
/// </summary>
public static class DataStoreExtensions
{
    /// <summary>
    /// The <c>healthdb</c> database: an existing server when <c>ConnectionStrings:healthdb</c> is set (when publishing, with
    /// <see cref="AppHostSettings.ExternalDataStores"/>: a secret connection string), Aspire's PostgreSQL container (data in
    /// a volume) in container mode and when publishing, the local binaries otherwise.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddHealthDatabase(this IDistributedApplicationBuilder builder, AppHostSettings settings)
    {
        if (builder.ExecutionContext.IsPublishMode ? settings.ExternalDataStores : builder.Configuration.GetConnectionString(ResourceNames.HealthDb) is { Length: > 0 })
        {
            return builder.AddConnectionString(ResourceNames.HealthDb);
        }
        if (settings.EffectiveMode(builder) == ServerMode.Container)
        {
            return builder.AddPostgres(ResourceNames.Postgres).WithDataVolume()
                .AddDatabase(ResourceNames.HealthDb);
        }
        return builder.AddLocalPostgres(ResourceNames.Postgres, settings.DataDirectory!, settings.PortOf(ResourceNames.Postgres))
            .AddDatabase(ResourceNames.HealthDb);
    }

    /// <summary>Redis: an existing server when <c>ConnectionStrings:redis</c> is set, Aspire's container with persistence, or the local binary.</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddCache(this IDistributedApplicationBuilder builder, AppHostSettings settings)
    {
        if (builder.ExecutionContext.IsPublishMode ? settings.ExternalDataStores : builder.Configuration.GetConnectionString(ResourceNames.Redis) is { Length: > 0 })
        {
            return builder.AddConnectionString(ResourceNames.Redis);
        }
        if (settings.EffectiveMode(builder) == ServerMode.Container)
        {
            return builder.AddRedis(ResourceNames.Redis).WithDataVolume().WithPersistence();
        }
        return builder.AddLocalRedis(ResourceNames.Redis, settings.DataDirectory!, settings.PortOf(ResourceNames.Redis));
    }
}
