using Microsoft.Extensions.Configuration;

namespace HealthAgent.ServiceDefaults.Discovery;

/// <summary>Checks at start-up that a service this process calls has an endpoint, instead of failing on the first request.</summary>
public static class RequiredService
{
    /// <summary>Resolves <c>https+http://{name}</c> once.</summary>
    /// <exception cref="InvalidOperationException">No endpoint is configured; the message names the variables to set.</exception>
    public static Uri Check(IConfiguration configuration, string name) =>
        new ServiceEndpointResolver(configuration).Resolve(new Uri($"https+http://{name}"));
}
