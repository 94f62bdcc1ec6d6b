using HealthAgent.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>A minimal real service over Kestrel with the ServiceDefaults, for testing what every service gets.</summary>
public sealed class ServiceDefaultsHost : IAsyncDisposable
{
    private ServiceDefaultsHost(WebApplication app)
    {
        App = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First(u => !u.Contains(":0", StringComparison.Ordinal))) };
    }

    public WebApplication App { get; }

    /// <summary>A client of the service's first address.</summary>
    public HttpClient Client { get; }

    /// <summary>Builds and starts the service; <paramref name="configure"/> may add services, <paramref name="map"/> maps routes.</summary>
    public static async Task<ServiceDefaultsHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["OTEL_SERVICE_NAME"] = "defaults-test";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }
        builder.AddServiceDefaults();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        map?.Invoke(app);
        await app.StartAsync();
        return new ServiceDefaultsHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await App.StopAsync(timeout.Token);
        await App.DisposeAsync();
    }
}
