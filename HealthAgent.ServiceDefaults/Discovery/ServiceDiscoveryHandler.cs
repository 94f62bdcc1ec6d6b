namespace HealthAgent.ServiceDefaults.Discovery;

/// <summary>
/// Rewrites each outgoing request's logical address (for example <c>https+http://api/v1/users</c>) to the endpoint that
/// <see cref="ServiceEndpointResolver"/> finds in configuration, keeping path and query.
/// </summary>
/// <param name="resolver">The resolver that maps service names to endpoints.</param>
public sealed class ServiceDiscoveryHandler(ServiceEndpointResolver resolver) : DelegatingHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
        {
            request.RequestUri = resolver.Resolve(uri);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
