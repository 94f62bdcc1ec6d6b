using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>Registers the standard resilience handler for HTTP clients.</summary>
public static class ResilienceExtensions
{
    /// <summary>
    /// Gives every client created by <c>IHttpClientFactory</c> a resilience handler (total timeout, retry, circuit breaker,
    /// attempt timeout) configured by the named <see cref="HttpResilienceOptions"/> of that client, and registers
    /// <see cref="ICircuitBreakerStates"/>. The handler is outermost, outside service discovery, whichever is added first.
    /// Time comes from the registered <see cref="TimeProvider"/>, or the system clock when none is registered.
    /// Calling it more than once has no further effect.
    /// </summary>
    /// <param name="services">The service collection; it must provide an <c>IConfiguration</c>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddHttpResilienceDefaults(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ResiliencePipelineCache)))
        {
            return services;
        }

        services.AddHttpClient();

        // First of all configure actions, so per-client code (ConfigureResilience) overrides Resilience:Default even when
        // it was registered before this call.
        services.Insert(0, ServiceDescriptor.Singleton<IConfigureOptions<HttpResilienceOptions>, HttpResilienceOptionsSetup>());
        services.AddSingleton<IPostConfigureOptions<HttpResilienceOptions>, HttpResilienceOptionsSetup>();
        services.AddSingleton<IValidateOptions<HttpResilienceOptions>>(new DataAnnotationValidateOptions<HttpResilienceOptions>(name: null));

        services.AddSingleton(provider => new CircuitBreakerRegistry(TimeOf(provider)));
        services.AddSingleton<ICircuitBreakerStates>(provider => provider.GetRequiredService<CircuitBreakerRegistry>());
        services.AddSingleton(provider => new ResiliencePipelineCache(
            provider.GetRequiredService<IOptionsMonitor<HttpResilienceOptions>>(),
            provider.GetRequiredService<CircuitBreakerRegistry>(),
            TimeOf(provider),
            provider.GetRequiredService<ILogger<ResiliencePipelineCache>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, ResilienceHandlerFilter>());
        return services;
    }

    /// <summary>Configures the resilience options of this client in code; see <see cref="HttpResilienceOptions"/> for precedence.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="configure">Changes the client's options.</param>
    /// <returns>The same client builder.</returns>
    public static IHttpClientBuilder ConfigureResilience(this IHttpClientBuilder builder, Action<HttpResilienceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(builder.Name, configure);
        return builder;
    }

    private static TimeProvider TimeOf(IServiceProvider provider) => provider.GetService<TimeProvider>() ?? TimeProvider.System;
}
