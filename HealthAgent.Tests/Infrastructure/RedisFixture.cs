
using HealthAgent.Tests.Infrastructure.Servers;
using StackExchange.Redis;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>A private Redis server (with a password) for one test class; Redis starts in well under a second.</summary>
public sealed class RedisFixture : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _folder = TempFolder.Create("redis");

    public RedisFixture()
    {
        Server = new RedisServerProcess(new RedisServerSettings(_folder, FreePort.Next(), $"test-{Guid.NewGuid():N}"));
    }

    /// <summary>The server, for tests that stop it.</summary>
    public RedisServerProcess Server { get; }

    /// <summary>Its connection string (<c>127.0.0.1:port,password=…</c>).</summary>
    public string ConnectionString => Server.ConnectionString;

    public Task InitializeAsync() => Server.StartAsync();

    /// <summary>A new multiplexer to the server that, like the services' one, never fails to connect but reconnects by itself.</summary>
    public async Task<IConnectionMultiplexer> ConnectAsync(int connectTimeoutMs = 5000)
    {
        var options = ConfigurationOptions.Parse(ConnectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = connectTimeoutMs;
        return await ConnectionMultiplexer.ConnectAsync(options);
    }

    public async Task DisposeAsync()
    {
        await Server.StopAsync();
        TempFolder.Delete(_folder);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
