using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;

namespace HealthAgent.ServiceDefaults.Discovery;

/// <summary>Registers configuration-based service discovery for HTTP clients.</summary>
public static class ServiceDiscoveryExtensions
{
    /// <summary>
    /// Registers <see cref="ServiceEndpointResolver"/> as a singleton and adds a <see cref="ServiceDiscoveryHandler"/> to every
    /// client created by <c>IHttpClientFactory</c>, so that <c>new Uri("https+http://api")</c> works as a base address.
    /// Calling it more than once has no further effect.
    /// </summary>
    /// <param name="services">The service collection; it must provide an <c>IConfiguration</c>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddServiceDiscovery(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient();
        services.TryAddSingleton<ServiceEndpointResolver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, ServiceDiscoveryHandlerFilter>());
        return services;
    }
}
