using Microsoft.Extensions.Configuration;

namespace HealthAgent.ServiceDefaults.Clients;

/// <summary>Checks at start-up that a service this process calls has an endpoint, instead of failing on the first request.</summary>
public static class RequiredService
{
    /// <summary>
    /// Requires an endpoint for <c>https+http://{name}</c> in the <c>services</c> section that
    /// Microsoft.Extensions.ServiceDiscovery reads (<c>services__{name}__https__0</c> or <c>services__{name}__http__0</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">No endpoint is configured, or it is not an absolute URI; the message names the variables.</exception>
    public static Uri Check(IConfiguration configuration, string name)
    {
        var service = configuration.GetSection("services").GetSection(name);
        foreach (var scheme in new[] { "https", "http" })
        {
            if (service.GetSection(scheme).GetChildren().Select(endpoint => endpoint.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } value)
            {
                return Uri.TryCreate(value, UriKind.Absolute, out var uri)
                    ? uri
                    : throw new InvalidOperationException($"The endpoint '{value}' configured in services__{name}__{scheme}__0 is not an absolute URI.");
            }
        }
        throw new InvalidOperationException($"No endpoint is configured for service '{name}': set services__{name}__https__0 or services__{name}__http__0.");
    }
}
