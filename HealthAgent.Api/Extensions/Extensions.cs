using HealthAgent.Core.Caching;
using HealthAgent.Core.Data;
using HealthAgent.ServiceDefaults;
using HealthAgent.ServiceDefaults.Clients;

namespace HealthAgent.Api.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource(ResourceNames.HealthDb, critical: true);
        // Redis holds only what can be rebuilt, so the Api stays ready (degraded) without it.
        builder.AddRedisClient(ResourceNames.Redis, critical: false);
        builder.Services.AddHealthData().AddSchemaMigrations();
        builder.Services.AddHybridCache((sp, ct) => sp.GetRequiredService<RedisConnection>().GetDatabaseAsync(ct));
        return builder;
    }

    /// <summary>Applies pending schema migrations before the Api takes traffic; the Api is the only service that does.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var runner = app.Services.GetRequiredService<MigrationRunner>();
        await runner.ApplyAsync(app.Lifetime.ApplicationStopping);
    }
}
