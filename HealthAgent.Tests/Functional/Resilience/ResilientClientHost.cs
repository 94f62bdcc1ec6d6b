using HealthAgent.ServiceDefaults.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.Functional.Resilience;

/// <summary>
/// Builds the services an application would have: one named HttpClient from IHttpClientFactory with service discovery
/// and the resilience defaults, and delays small enough to keep the suite fast.
/// </summary>
internal static class ResilientClientHost
{
    public const string ClientName = "stub";

    private static readonly Dictionary<string, string?> FastDefaults = new()
    {
        ["Resilience:Default:RetryBaseDelay"] = "00:00:00.001",
        ["Resilience:Default:MaxRetryDelay"] = "00:00:02",
        ["Resilience:Default:AttemptTimeout"] = "00:00:05",
        ["Resilience:Default:TotalTimeout"] = "00:00:10",
    };

    public static ServiceProvider Create(
        Uri baseAddress,
        IDictionary<string, string?>? settings = null,
        Action<IHttpClientBuilder>? configureClient = null,
        TimeProvider? timeProvider = null,
        bool discoveryFirst = true)
    {
        var merged = new Dictionary<string, string?>(FastDefaults);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(merged).Build());
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        var client = services.AddHttpClient(ClientName, http => http.BaseAddress = baseAddress);
        configureClient?.Invoke(client);
        if (discoveryFirst)
        {
            services.AddServiceDiscovery();
            services.AddHttpResilienceDefaults();
        }
        else
        {
            services.AddHttpResilienceDefaults();
            services.AddServiceDiscovery();
        }

        return services.BuildServiceProvider(validateScopes: true);
    }

    public static HttpClient CreateClient(this IServiceProvider services, string name = ClientName) =>
        services.GetRequiredService<IHttpClientFactory>().CreateClient(name);

    /// <summary>
    /// Makes one call through another client to the stub's <c>/warm-up</c> route, so that JIT and connection set-up do not
    /// eat into the sub-second timeouts of the client under test.
    /// </summary>
    public static async Task WarmUpAsync(this IServiceProvider services, Uri stubAddress)
    {
        var client = services.CreateClient("warm-up");
        client.BaseAddress = stubAddress;
        (await client.GetAsync("/warm-up")).EnsureSuccessStatusCode().Dispose();
    }

    public static Polly.CircuitBreaker.CircuitState BreakerState(this IServiceProvider services, string name = ClientName) =>
        services.GetRequiredService<ICircuitBreakerStates>().Snapshot()[name];
}
