using Microsoft.Extensions.Configuration;

namespace HealthAgent.ServiceDefaults.Discovery;

/// <summary>
/// Resolves logical service addresses such as <c>https+http://api/path</c> to the endpoints configured under
/// <c>services:&lt;name&gt;:&lt;scheme&gt;:0</c> (environment variable <c>services__api__https__0</c>), following Aspire's conventions.
/// </summary>
/// <remarks>
/// A scheme of the form <c>a+b</c> tries <c>a</c> first, then <c>b</c>. A host with no <c>services</c> section and a plain scheme
/// is a real address and passes through unchanged. Configuration is read on every call, so a reloaded endpoint is picked up
/// by the next request.
/// </remarks>
/// <param name="configuration">The configuration holding the <c>services</c> section.</param>
public sealed class ServiceEndpointResolver(IConfiguration configuration)
{
    private const string ServicesSection = "services";

    /// <summary>Returns <paramref name="uri"/> with scheme, host and port replaced by the configured endpoint, keeping path and query.</summary>
    /// <param name="uri">The address to resolve; relative addresses are returned unchanged.</param>
    /// <returns>The resolved address, or <paramref name="uri"/> itself when it does not name a configured service.</returns>
    /// <exception cref="InvalidOperationException">The address names a service whose endpoint for the requested schemes is not configured.</exception>
    public Uri Resolve(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            return uri;
        }

        var serviceName = uri.Host;
        var schemes = uri.Scheme.Split('+', StringSplitOptions.RemoveEmptyEntries);
        var service = configuration.GetSection(ServicesSection).GetSection(serviceName);
        if (!service.Exists() && schemes.Length == 1)
        {
            return uri;
        }

        foreach (var scheme in schemes)
        {
            var endpoint = service[$"{scheme}:0"];
            if (!string.IsNullOrWhiteSpace(endpoint))
            {
                return Rewrite(uri, ParseEndpoint(serviceName, scheme, endpoint));
            }
        }

        var keys = string.Join(" or ", schemes.Select(scheme => EnvironmentKey(serviceName, scheme)));
        throw new InvalidOperationException($"No endpoint is configured for service '{serviceName}': set {keys}.");
    }

    private static Uri ParseEndpoint(string serviceName, string scheme, string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var parsed)
            ? parsed
            : throw new InvalidOperationException(
                $"The endpoint '{endpoint}' configured in {EnvironmentKey(serviceName, scheme)} is not an absolute URI.");

    private static Uri Rewrite(Uri uri, Uri endpoint) =>
        new UriBuilder(uri) { Scheme = endpoint.Scheme, Host = endpoint.Host, Port = endpoint.Port }.Uri;

    private static string EnvironmentKey(string serviceName, string scheme) => $"{ServicesSection}__{serviceName}__{scheme}__0";
}
