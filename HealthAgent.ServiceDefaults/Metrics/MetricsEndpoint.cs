using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>
/// Serves <c>/metrics</c> through the OpenTelemetry Prometheus exporter (text format 0.0.4), protected by
/// <see cref="MetricsOptions"/>: only on <see cref="MetricsOptions.Port"/> when set, only with the bearer
/// <see cref="MetricsOptions.Key"/> when set.
/// </summary>
public static class MetricsEndpoint
{
    /// <summary>The content type the exporter answers with unless the scraper asks for OpenMetrics.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>The path Prometheus scrapes.</summary>
    public const string Path = "/metrics";

    /// <summary>Adds the scraping middleware and, when <see cref="MetricsOptions.Port"/> is set, that port to the server's addresses.</summary>
    public static WebApplication MapMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (options.Port is { } port)
        {
            AddMetricsPort(app, port);
        }
        // Off the metrics port the path falls through to routing and is 404, as any unknown path.
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: context => context.Request.Path == Path && (options.Port is not { } only || context.Connection.LocalPort == only),
            path: null,
            configureBranchedPipeline: branch => branch.Use(async (context, next) =>
            {
                if (options.Key is { Length: > 0 } key && !HasKey(context.Request, key))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    return;
                }
                await next(context);
            }),
            optionsName: null);
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
