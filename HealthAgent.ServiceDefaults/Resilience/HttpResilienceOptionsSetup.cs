using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// Binds <see cref="HttpResilienceOptions"/> from configuration: <c>Resilience:Default</c> first, before any code
/// configuration, and <c>Resilience:Clients:&lt;name&gt;</c> last, after it, so that operators have the final word per client.
/// </summary>
internal sealed class HttpResilienceOptionsSetup(IConfiguration configuration)
    : IConfigureNamedOptions<HttpResilienceOptions>, IPostConfigureOptions<HttpResilienceOptions>
{
    public void Configure(HttpResilienceOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, HttpResilienceOptions options) =>
        configuration.GetSection(HttpResilienceOptions.DefaultSection).Bind(options);

    public void PostConfigure(string? name, HttpResilienceOptions options)
    {
        if (!string.IsNullOrEmpty(name))
        {
            configuration.GetSection(HttpResilienceOptions.ClientsSection).GetSection(name).Bind(options);
        }
    }
}
