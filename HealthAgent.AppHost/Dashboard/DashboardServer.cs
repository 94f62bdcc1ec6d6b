using System.Net;
using HealthAgent.AppHost.Orchestration;
using HealthAgent.AppHost.Servers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HealthAgent.AppHost.Dashboard;

/// <summary>A small Kestrel app inside the AppHost: the resource table, its JSON, and each resource's recent output.</summary>
public sealed class DashboardServer(Func<IReadOnlyList<ResourceSnapshot>> resources, ResourceLogs logs) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The dashboard's address once started.</summary>
    public string? Url { get; private set; }

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    /// <exception cref="ResourceStartException">The port is in use.</exception>
    public async Task StartAsync(int port, CancellationToken cancellationToken)
    {
        var busy = $"Port {port} for the dashboard is already in use: stop what listens there or set AppHost__DashboardPort.";
        if (port != 0 && FreePort.IsTaken(port))
        {
            throw new ResourceStartException(busy);
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        MapEndpoints(_app);
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            throw new ResourceStartException(busy, ex);
        }
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private void MapEndpoints(WebApplication app)
    {
        app.MapGet("/", () => Results.Content(DashboardPage.Render(resources(), Url), "text/html; charset=utf-8"));
        app.MapGet("/api/resources", () => Results.Json(resources()));
        app.MapGet("/logs/{name}", (string name) =>
            name == ResourceLogs.AppHost || resources().Any(r => r.Name == name)
                ? Results.Text(string.Concat(logs.Lines(name).Select(l => l + "\n")), "text/plain; charset=utf-8")
                : Results.NotFound());
    }
}
