extern alias apphost;
using System.Collections.Concurrent;
using apphost::HealthAgent.AppHost.Orchestration;
using apphost::HealthAgent.AppHost.Resources;

namespace HealthAgent.Tests.Unit.AppHost;

/// <summary>Runners that only record what the orchestrator asked of them; the named ones fail to start.</summary>
public sealed class FakeRunnerFactory(params string[] failing) : IResourceRunnerFactory
{
    public ConcurrentQueue<string> Events { get; } = new();

    public IReadOnlyDictionary<Resource, IResourceRunner> Create(IReadOnlyList<Resource> resources) =>
        resources.ToDictionary(r => r, r => (IResourceRunner)new FakeRunner(r.Name, failing.Contains(r.Name), Events));

    private sealed class FakeRunner(string name, bool fails, ConcurrentQueue<string> events) : IResourceRunner
    {
        public string? Url => null;

        public int? ProcessId => null;

        public Task<int>? Exited => null;

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            events.Enqueue($"start {name}");
            await Task.Delay(10, cancellationToken);
            if (fails)
            {
                throw new ResourceStartException($"{name} could not start.");
            }
        }

        public Task<string?> CheckHealthAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task StopAsync()
        {
            events.Enqueue($"stop {name}");
            return Task.CompletedTask;
        }
    }
}
