extern alias apphost;

using apphost::HealthAgent.AppHost.Servers;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// The one private PostgreSQL server of a test run: started on first use from the Debian binaries, on a free port,
/// in a temporary folder, without durability; stopped and deleted when the test process exits.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<PostgresServerProcess>> Server = new(StartAsync);

    /// <summary>The running server.</summary>
    public static Task<PostgresServerProcess> GetAsync() => Server.Value;

    private static async Task<PostgresServerProcess> StartAsync()
    {
        TempFolder.DeleteStale("pg");
        var folder = TempFolder.Create("pg");
        var server = new PostgresServerProcess(new PostgresServerSettings(
            Path.Combine(folder, "data"), FreePort.Next(), $"test-{Guid.NewGuid():N}", Durable: false));
        await server.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.StopAsync().GetAwaiter().GetResult();
            TempFolder.Delete(folder);
        };
        return server;
    }
}
