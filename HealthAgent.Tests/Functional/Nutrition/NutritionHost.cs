using HealthAgent.Core.Caching;
using HealthAgent.Core.Nutrition;
using HealthAgent.ServiceDefaults.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace HealthAgent.Tests.Functional.Nutrition;

/// <summary>
/// The services the Api would have for nutrition: <c>AddNutrition()</c> with the resilience the issue asks for (breaker
/// after 5 consecutive failures, 30 s break), but sub-second timeouts and no retries so each lookup is one attempt.
/// </summary>
internal static class NutritionHost
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(300);

    public static ServiceProvider Create(
        Uri? usdaAddress,
        string? apiKey = "test-key",
        TimeProvider? timeProvider = null,
        IConnectionMultiplexer? redis = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Usda:ApiKey"] = apiKey,
            ["Usda:BaseUrl"] = usdaAddress?.ToString() ?? "http://127.0.0.1:9/",
            ["Cache:StoreTimeout"] = "00:00:00.300",
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddSingleton(redis ?? NoRedis());
        services.AddAppCache();
        services.AddNutrition().ConfigureResilience(options =>
        {
            options.AttemptTimeout = AttemptTimeout;
            options.TotalTimeout = AttemptTimeout + TimeSpan.FromMilliseconds(200);
            options.MaxRetryAttempts = 0;
            options.BreakerFailureThreshold = 5;
            options.BreakDuration = TimeSpan.FromSeconds(30);
        });
        services.AddHttpResilienceDefaults();
        return services.BuildServiceProvider(validateScopes: true);
    }

    // Redis is away (nothing listens on port 1): the cache keeps only its in-process layer, as in production while Redis is down.
    private static IConnectionMultiplexer NoRedis() =>
        ConnectionMultiplexer.Connect(new ConfigurationOptions { EndPoints = { "127.0.0.1:1" }, AbortOnConnectFail = false, ConnectTimeout = 100 });

    public static NutritionService Nutrition(this IServiceProvider services) => services.GetRequiredService<NutritionService>();

    public static Polly.CircuitBreaker.CircuitState UsdaBreaker(this IServiceProvider services) =>
        services.GetRequiredService<ICircuitBreakerStates>().Snapshot().GetValueOrDefault("usda", Polly.CircuitBreaker.CircuitState.Closed);
}
