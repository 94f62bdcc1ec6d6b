
using HealthAgent.Tests.Infrastructure.Servers;
using Npgsql;

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
        // The test host is killed a few milliseconds after exit handlers start, too soon for pg_ctl's polling stop
        // (seen: the server stopped, the folder stayed). Closing our connections and signalling the postmaster
        // directly lets it shut down, and the folder go, within that window.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            if (server.ProcessId is { } pid && Signals.Terminate(pid))
            {
                SpinWait.SpinUntil(() => ProcessTable.IsGone(pid), TimeSpan.FromSeconds(2));
            }
            TempFolder.Delete(folder);
        };
        return server;
    }
}
