using Microsoft.Extensions.Http;

namespace HealthAgent.ServiceDefaults.Discovery;

/// <summary>Puts a <see cref="ServiceDiscoveryHandler"/> into every client built by <c>IHttpClientFactory</c>.</summary>
internal sealed class ServiceDiscoveryHandlerFilter(ServiceEndpointResolver resolver) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);

        // Innermost, next to the primary handler: every outer handler (resilience above all) sees the logical address,
        // and a retry resolves again instead of reusing the address of a failed attempt.
        builder.AdditionalHandlers.Add(new ServiceDiscoveryHandler(resolver));
    };
}
