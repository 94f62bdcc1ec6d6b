using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on a free loopback port, for faking an external HTTP API (Telegram, an LLM, USDA, another service).
/// The test maps the routes it needs; clients under test reach it over real HTTP at <see cref="BaseAddress"/>.
/// </summary>
public sealed class KestrelStub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelStub(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The address the server listens on, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts a stub whose routes are mapped by <paramref name="map"/>.</summary>
    public static async Task<KestrelStub> StartAsync(Action<WebApplication> map, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync(cancellationToken);

        // Port 0 asks the OS for a free port; the bound address is known only once the server has started.
        var address = app.Urls.Single();
        return new KestrelStub(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Bounded, so a handler a test left hanging cannot stall the run.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
