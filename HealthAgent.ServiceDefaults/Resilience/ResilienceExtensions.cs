using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>Gives every HTTP client Microsoft's standard resilience handler, configured by our <c>Resilience:*</c> settings.</summary>
public static class ResilienceExtensions
{
    /// <summary>
    /// Adds the standard resilience handler (total timeout, retry, circuit breaker, attempt timeout) to every client created
    /// by <c>IHttpClientFactory</c>, followed by service discovery, so each retry resolves the endpoint again. Each client's
    /// handler takes its values from <see cref="HttpResilienceOptions"/> of that client name. Registers
    /// <see cref="ICircuitBreakerStates"/>. Calling it more than once has no further effect.
    /// </summary>
    public static IServiceCollection AddHttpResilienceDefaults(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(CircuitBreakerRegistry)))
        {
            return services;
        }

        services.AddServiceDiscovery();
        services.AddSingleton(sp => new CircuitBreakerRegistry(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<ICircuitBreakerStates>(sp => sp.GetRequiredService<CircuitBreakerRegistry>());
        // Defaults, then Resilience:Default, then code (ConfigureResilience), then Resilience:Clients:<name>: the setup is
        // inserted first so that per-client code registered before this call still overrides Resilience:Default.
        services.Insert(0, ServiceDescriptor.Singleton<IConfigureOptions<HttpResilienceOptions>, HttpResilienceOptionsSetup>());
        services.AddSingleton<IPostConfigureOptions<HttpResilienceOptions>, HttpResilienceOptionsSetup>();
        services.AddSingleton<IValidateOptions<HttpResilienceOptions>>(new DataAnnotationValidateOptions<HttpResilienceOptions>(name: null));

        // AddStandardResilienceHandler inside ConfigureHttpClientDefaults would build one pipeline, and so one circuit breaker,
        // for all clients (dotnet/extensions#5021): the pipeline here is selected by client name, so each client gets its own.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, ClientNameHandler.Filter>());
        services.ConfigureHttpClientDefaults(http =>
        {
            http.AddResilienceHandler("http", static (pipeline, context) =>
                {
                    var clientName = context.InstanceName;
                    var options = context.ServiceProvider.GetRequiredService<IOptionsMonitor<HttpResilienceOptions>>().Get(clientName);
                    var services = context.ServiceProvider;
                    var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
                    pipeline.TimeProvider = time;
                    ClientPipeline.Build(pipeline, clientName, options, services.GetRequiredService<CircuitBreakerRegistry>(), time);
                })
                .SelectPipelineBy(static _ => ClientNameHandler.Of);
            // Inside the resilience handler: every attempt resolves the endpoint again.
            http.AddServiceDiscovery();
        });
        return services;
    }

    /// <summary>Configures the resilience options of this client in code; see <see cref="HttpResilienceOptions"/> for precedence.</summary>
    public static IHttpClientBuilder ConfigureResilience(this IHttpClientBuilder builder, Action<HttpResilienceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(builder.Name, configure);
        return builder;
    }
}
