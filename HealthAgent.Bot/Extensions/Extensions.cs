using HealthAgent.ServiceDefaults;
using HealthAgent.ServiceDefaults.Clients;
using HealthAgent.ServiceDefaults.Discovery;
using HealthAgent.ServiceDefaults.Health;

namespace HealthAgent.Bot.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(ResourceNames.Redis, critical: true);
        RequiredService.Check(builder.Configuration, ResourceNames.Api);
        builder.Services.AddHttpClient(ResourceNames.Api, client => client.BaseAddress = new Uri($"https+http://{ResourceNames.Api}"));
        // The Bot keeps updates and retries them while the Api is down, so the Api is not critical to the Bot's readiness.
        builder.Services.AddHealthChecks().AddDependencyCheck(ResourceNames.Api,
            (sp, timeout) => new HttpHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), ResourceNames.Api, timeout), critical: false);
        return builder;
    }
}
