using HealthAgent.Tests.Infrastructure;
using HealthAgent.Tests.Infrastructure.Servers;

namespace HealthAgent.Tests.Functional.OpenApi;

/// <summary>The real Api on Kestrel, with its own OpenAPI document loaded into a Prism validating proxy in front of it.</summary>
public sealed class ApiBehindPrism : IAsyncLifetime
{
    private string _folder = "";

    public ApiTestHost Host { get; } = new();
    public ApiFactory Api { get; private set; } = null!;
    public PrismProxy Prism { get; private set; } = null!;

    /// <summary>Where the Api itself listens.</summary>
    public Uri ApiAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        var port = FreePort.Next();
        Api = Host.CreateFactory();
        Api.UseKestrel(port);
        Api.StartServer();
        ApiAddress = new Uri($"http://127.0.0.1:{port}/");

        _folder = TempFolder.Create("prism");
        var document = Path.Combine(_folder, "openapi.json");
        using var http = new HttpClient { BaseAddress = ApiAddress };
        await File.WriteAllTextAsync(document, await http.GetStringAsync("/openapi/v1.json"));
        Prism = await PrismProxy.StartAsync(document, ApiAddress);
    }

    /// <summary>A client that talks to the Api through Prism.</summary>
    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient { BaseAddress = Prism.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }
        return client;
    }

    public async Task DisposeAsync()
    {
        if (Prism is not null)
        {
            await Prism.DisposeAsync();
        }
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
        TempFolder.Delete(_folder);
        await Host.DisposeAsync();
    }
}
