using HealthAgent.Core.Data;
using HealthAgent.ServiceDefaults;
using HealthAgent.ServiceDefaults.Clients;
using HealthAgent.ServiceDefaults.Discovery;
using HealthAgent.ServiceDefaults.Health;

namespace HealthAgent.Worker.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource(ResourceNames.HealthDb, critical: true);
        builder.AddRedisClient(ResourceNames.Redis, critical: false);
        // The Worker reads the schema the Api migrates; it never applies migrations itself.
        builder.Services.AddHealthData();
        RequiredService.Check(builder.Configuration, ResourceNames.Bot);
        builder.Services.AddHttpClient(ResourceNames.Bot, client => client.BaseAddress = new Uri($"https+http://{ResourceNames.Bot}"));
        builder.Services.AddHealthChecks().AddDependencyCheck(ResourceNames.Bot,
            (sp, timeout) => new HttpHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), ResourceNames.Bot, timeout), critical: false);
        return builder;
    }
}
