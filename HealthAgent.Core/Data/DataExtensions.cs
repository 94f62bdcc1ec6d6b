using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthAgent.Core.Data;

/// <summary>Registers HealthAgent's data access over an already registered <see cref="NpgsqlDataSource"/>.</summary>
public static class DataExtensions
{
    /// <summary>
    /// Adds the pooled <see cref="HealthDbContext"/> over the registered data source and enriches it with Aspire's EF Core
    /// integration (tracing, metrics). Aspire's retrying execution strategy stays off: the services open their own
    /// transactions, which it does not support; its health check stays off too, the <c>postgres</c> dependency check covers it.
    /// </summary>
    public static IHostApplicationBuilder AddHealthDbContext(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthData();
        builder.EnrichNpgsqlDbContext<HealthDbContext>(settings =>
        {
            settings.DisableRetry = true;
            settings.DisableHealthChecks = true;
        });
        return builder;
    }

    /// <summary>Adds the pooled <see cref="HealthDbContext"/>.</summary>
    public static IServiceCollection AddHealthData(this IServiceCollection services) =>
        services.AddDbContextPool<HealthDbContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));

    /// <summary>Adds the <see cref="MigrationRunner"/> with the embedded migrations; only the Api applies them.</summary>
    public static IServiceCollection AddSchemaMigrations(this IServiceCollection services) =>
        services.AddSingleton(sp => new MigrationRunner(
            sp.GetRequiredService<NpgsqlDataSource>(),
            EmbeddedMigrations.Load(),
            sp.GetRequiredService<ILogger<MigrationRunner>>()));
}
