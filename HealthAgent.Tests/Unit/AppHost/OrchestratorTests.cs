extern alias apphost;
using apphost::HealthAgent.AppHost.Orchestration;
using HealthAgent.ServiceDefaults;

namespace HealthAgent.Tests.Unit.AppHost;

public sealed class OrchestratorTests
{
    [Fact]
    public async Task StartAsync_AllHealthy_StartsEverythingAfterWhatItWaitsFor()
    {
        var factory = new FakeRunnerFactory();
        var orchestrator = new Orchestrator(TestGraph.HealthAgent(), factory, TestGraph.SilentLogs());

        var failure = await orchestrator.StartAsync(CancellationToken.None);

        failure.Should().BeNull();
        var starts = factory.Events.Select(e => e.Replace("start ", "")).ToList();
        starts.IndexOf(ResourceNames.Api).Should().BeGreaterThan(starts.IndexOf(ResourceNames.HealthDb)).And.BeGreaterThan(starts.IndexOf(ResourceNames.Redis));
        starts.IndexOf(ResourceNames.HealthDb).Should().BeGreaterThan(starts.IndexOf(ResourceNames.Postgres));
        starts.IndexOf(ResourceNames.Worker).Should().BeGreaterThan(starts.IndexOf(ResourceNames.Bot));
        orchestrator.Snapshot().Should().OnlyContain(r => r.State == "Running" && r.Health == "Healthy");
    }

    [Fact]
    public async Task StartAsync_RedisFails_DoesNotStartItsDependantsAndNamesTheFailure()
    {
        var factory = new FakeRunnerFactory(ResourceNames.Redis);
        var resources = TestGraph.HealthAgent();
        var orchestrator = new Orchestrator(resources, factory, TestGraph.SilentLogs());

        var failure = await orchestrator.StartAsync(CancellationToken.None);

        failure.Should().Be("redis could not start.");
        factory.Events.Should().NotContain(["start api", "start bot", "start worker"]);
        var api = orchestrator.StatusOf(resources.Named(ResourceNames.Api));
        api.State.Should().Be(ResourceState.NotStarted);
        api.Message.Should().Be("api was not started because 'redis', which it waits for, did not start.");
        orchestrator.StatusOf(resources.Named(ResourceNames.Worker)).Message.Should().Contain("'api'");
    }

    [Fact]
    public async Task StopAsync_AfterAFailedStart_StopsWhatWasStartedInReverseOrder()
    {
        var factory = new FakeRunnerFactory(ResourceNames.Bot);
        var orchestrator = new Orchestrator(TestGraph.HealthAgent(), factory, TestGraph.SilentLogs());
        await orchestrator.StartAsync(CancellationToken.None);

        await orchestrator.StopAsync();

        var stops = factory.Events.Where(e => e.StartsWith("stop ")).ToList();
        stops.Should().Equal("stop bot", "stop api", "stop redis", "stop healthdb", "stop postgres");
        factory.Events.Should().NotContain("start worker");
    }
}
