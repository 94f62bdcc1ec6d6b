extern alias apphost;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using apphost::HealthAgent.AppHost.Servers;
using HealthAgent.ServiceDefaults;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.EndToEnd;

public sealed class AppHostTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AppHost_CleanDataFolder_StartsAllResourcesHealthyAndSigtermLeavesNoProcess()
    {
        File.Exists(AppHostProcess.AssemblyPath).Should().BeTrue($"the AppHost must be built first ({AppHostProcess.AssemblyPath})");
        await using var appHost = AppHostProcess.Start(FreePort.Next());

        var resources = await appHost.WaitUntilHealthyAsync(StartTimeout);

        resources.Select(r => r.Name).Should().BeEquivalentTo(
            [ResourceNames.Postgres, ResourceNames.HealthDb, ResourceNames.Redis, ResourceNames.Api, ResourceNames.Bot, ResourceNames.Worker]);
        var api = resources.Single(r => r.Name == ResourceNames.Api);
        using (var http = new HttpClient())
        {
            using var deps = JsonDocument.Parse(await http.GetStringAsync($"{api.Url}/health/deps"));
            var dependencies = deps.RootElement.GetProperty("dependencies");
            dependencies.GetProperty(ResourceNames.Postgres).GetProperty("status").GetString().Should().Be("ok");
            dependencies.GetProperty(ResourceNames.Redis).GetProperty("status").GetString().Should().Be("ok");
        }
        var pids = resources.Where(r => r.Type != "Database").Select(r => r.Pid).ToList();
        pids.Should().OnlyContain(p => p.HasValue, "every process resource reports its pid");

        appHost.Terminate();

        (await appHost.WaitForExitAsync(StopTimeout)).Should().Be(0, $"the AppHost should stop cleanly on SIGTERM; output:\n{appHost.Tail()}");
        (await ProcessTable.WaitUntilGoneAsync(pids.Select(p => p!.Value), TimeSpan.FromSeconds(5)))
            .Should().BeEmpty("postgres, redis-server and the three services should all be gone");
        appHost.ProcessesUsingDataDirectory().Should().BeEmpty();
    }

    [Fact]
    public async Task AppHost_DashboardPortTaken_ExitsNonZeroWithOneSentenceAndStartsNothing()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var appHost = AppHostProcess.Start(port);

        var exitCode = await appHost.WaitForExitAsync(StopTimeout);

        exitCode.Should().Be(1);
        appHost.StandardError.Trim().Should().Be(
            $"Port {port} for the dashboard is already in use: stop what listens there or set AppHost__DashboardPort.");
        appHost.ProcessesUsingDataDirectory().Should().BeEmpty();
        Directory.Exists(Path.Combine(appHost.DataDirectory, "postgres")).Should().BeFalse("nothing should have been started");
    }

    [Fact]
    public async Task AppHost_ApiPortTaken_StopsTheServersItStartedAndExitsWithOneSentence()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var appHost = AppHostProcess.Start(FreePort.Next(), new Dictionary<string, string> { ["AppHost__Ports__api"] = port.ToString() });

        var exitCode = await appHost.WaitForExitAsync(StartTimeout);

        exitCode.Should().Be(1, $"output:\n{appHost.Tail()}");
        appHost.StandardError.Trim().Should().Be($"Port {port} for api is already in use: stop what listens there or set AppHost__Ports__api.");
        appHost.ProcessesUsingDataDirectory().Should().BeEmpty("postgres and redis-server were started and must be stopped again");
    }

    [Fact]
    public async Task AppHost_ExistingRedisWithWrongPassword_ExitsNonZeroWithOneSentenceAndStopsPostgres()
    {
        var port = redis.Server.Settings.Port;
        await using var appHost = AppHostProcess.Start(FreePort.Next(),
            new Dictionary<string, string> { ["ConnectionStrings__redis"] = $"127.0.0.1:{port},password=wrong" });

        var exitCode = await appHost.WaitForExitAsync(StartTimeout);

        exitCode.Should().Be(1, $"output:\n{appHost.Tail()}");
        appHost.StandardError.Trim().Should().Be(
            $"Redis at 127.0.0.1:{port} rejected the password in ConnectionStrings__redis: correct it, or remove that setting so that the AppHost starts its own Redis.");
        appHost.ProcessesUsingDataDirectory().Should().BeEmpty("the PostgreSQL server it started must be stopped again");
        (await redis.Server.PingAsync()).Should().BeTrue("an existing server is never stopped by the AppHost");
    }
}
