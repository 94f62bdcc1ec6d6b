using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>Maps <c>/metrics</c> (Prometheus text format 0.0.4), protected by <see cref="MetricsOptions"/>.</summary>
public static class MetricsEndpoint
{
    /// <summary>The content type Prometheus expects for the classic text format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Maps the endpoint and, when <see cref="MetricsOptions.Port"/> is set, adds that port to the server's addresses.</summary>
    public static WebApplication MapMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (options.Port is { } port)
        {
            AddMetricsPort(app, port);
        }
        app.MapGet("/metrics", (HttpContext context, PrometheusScrapeReader reader, IOptions<MetricsOptions> settings) =>
        {
            var metrics = settings.Value;
            if (metrics.Port is { } only && context.Connection.LocalPort != only)
            {
                return Results.NotFound();
            }
            if (metrics.Key is { Length: > 0 } key && !HasKey(context.Request, key))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Unauthorized();
            }
            return Results.Text(reader.Scrape(), ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static bool HasKey(HttpRequest request, string key)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // Hashing first gives equal lengths, so the comparison time says nothing about the key.
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static void AddMetricsPort(WebApplication app, int port)
    {
        var addresses = ((IApplicationBuilder)app).ServerFeatures.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.IsReadOnly)
        {
            return;
        }
        // The server uses configured URLs only while its address list is empty, so copy them in before adding ours.
        if (addresses.Count == 0)
        {
            foreach (var url in ConfiguredUrls(app.Configuration))
            {
                addresses.Add(url);
            }
        }
        addresses.Add($"http://*:{port}");
    }

    private static IEnumerable<string> ConfiguredUrls(IConfiguration configuration)
    {
        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        if (configuration["http_ports"] is { Length: > 0 } ports)
        {
            return ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}");
        }
        return ["http://localhost:5000"];
    }
}
