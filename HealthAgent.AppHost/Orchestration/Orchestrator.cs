using System.Diagnostics;
using HealthAgent.AppHost.Resources;
using HealthAgent.AppHost.Servers;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>
/// Starts the graph in dependency order (independent resources in parallel, each only once what it waits for is healthy),
/// watches health, and stops everything it started in reverse order.
/// </summary>
public sealed class Orchestrator(IReadOnlyList<Resource> resources, IResourceRunnerFactory factory, ResourceLogs logs)
{
    private readonly IReadOnlyList<Resource> _order = ResourceGraph.StartOrder(resources);
    private readonly Dictionary<Resource, ResourceStatus> _status = resources.ToDictionary(r => r, r => new ResourceStatus(r));
    private readonly HashSet<Resource> _started = [];
    private IReadOnlyDictionary<Resource, IResourceRunner> _runners = new Dictionary<Resource, IResourceRunner>();
    private volatile bool _stopping;

    /// <summary>The resources as they are now, in start order.</summary>
    public IReadOnlyList<ResourceSnapshot> Snapshot() => _order
        .Select(r => _status[r].Snapshot(_runners.GetValueOrDefault(r)?.Url, _runners.GetValueOrDefault(r)?.ProcessId))
        .ToList();

    /// <summary>The live status of <paramref name="resource"/>.</summary>
    public ResourceStatus StatusOf(Resource resource) => _status[resource];

    /// <summary>Starts everything; returns null when all is running and healthy, otherwise the first failure in one sentence.</summary>
    public async Task<string?> StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _runners = factory.Create(resources);
        }
        catch (Exception ex) when (ex is ServerStartException or ResourceStartException or IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
        var tasks = new Dictionary<Resource, Task<bool>>();
        foreach (var resource in _order)
        {
            tasks[resource] = StartOneAsync(resource, resource.WaitsFor.Select(d => (d, tasks[d])).ToList(), cancellationToken);
        }
        await Task.WhenAll(tasks.Values);
        return _order.Select(r => _status[r]).FirstOrDefault(s => s.State == ResourceState.FailedToStart)?.Message
            ?? (cancellationToken.IsCancellationRequested ? "Start-up was cancelled." : null);
    }

    /// <summary>Re-checks the health of running resources every <paramref name="interval"/> until cancelled.</summary>
    public async Task MonitorAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            await Task.WhenAll(_order.Where(r => _status[r].State == ResourceState.Running).Select(r => CheckAsync(r, cancellationToken)));
        }
    }

    /// <summary>Stops what was started, dependants first; projects get SIGTERM and a grace period before they are killed.</summary>
    public async Task StopAsync()
    {
        _stopping = true;
        foreach (var resource in _order.Reverse())
        {
            bool started;
            lock (_started)
            {
                started = _started.Remove(resource);
            }
            if (!started)
            {
                continue;
            }
            var status = _status[resource];
            var previous = status.State;
            status.State = ResourceState.Stopping;
            try
            {
                await _runners[resource].StopAsync();
            }
            catch (Exception ex)
            {
                logs.Write(ResourceLogs.AppHost, $"Stopping {resource.Name} failed: {ex.Message}");
            }
            // A failure or an exit stays visible; only what was running becomes Stopped.
            status.State = previous is ResourceState.Running or ResourceState.Starting ? ResourceState.Stopped : previous;
            status.Health = ResourceHealth.Unknown;
        }
    }

    private async Task<bool> StartOneAsync(Resource resource, List<(Resource Dependency, Task<bool> Started)> dependencies, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var status = _status[resource];
        foreach (var (dependency, started) in dependencies)
        {
            if (!await started)
            {
                status.State = ResourceState.NotStarted;
                status.Message = $"{resource.Name} was not started because '{dependency.Name}', which it waits for, did not start.";
                logs.Write(ResourceLogs.AppHost, status.Message);
                return false;
            }
        }
        if (cancellationToken.IsCancellationRequested)
        {
            status.State = ResourceState.NotStarted;
            return false;
        }

        var runner = _runners[resource];
        status.State = ResourceState.Starting;
        lock (_started)
        {
            _started.Add(resource);
        }
        var clock = Stopwatch.StartNew();
        try
        {
            await runner.StartAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            status.State = ResourceState.NotStarted;
            status.Message = "Start-up was cancelled.";
            return false;
        }
        catch (Exception ex)
        {
            status.State = ResourceState.FailedToStart;
            status.Health = ResourceHealth.Unhealthy;
            status.Message = ex is ServerStartException or ResourceStartException ? ex.Message : $"{resource.Name} failed to start: {ex.Message}";
            logs.Write(ResourceLogs.AppHost, status.Message);
            return false;
        }
        status.State = ResourceState.Running;
        status.Health = ResourceHealth.Healthy;
        logs.Write(ResourceLogs.AppHost, $"{resource.Name} is running and healthy ({clock.Elapsed.TotalSeconds:0.0} s){(runner.Url is null ? "" : $" at {runner.Url}")}.");
        if (runner.Exited is { } exited)
        {
            _ = WatchExitAsync(resource, exited);
        }
        return true;
    }

    private async Task WatchExitAsync(Resource resource, Task<int> exited)
    {
        var code = await exited;
        var status = _status[resource];
        if (_stopping || status.State != ResourceState.Running)
        {
            return;
        }
        status.ExitCode = code;
        status.State = ResourceState.Exited;
        status.Health = ResourceHealth.Unhealthy;
        status.Message = $"{resource.Name} exited with code {code}; it is not restarted.";
        logs.Write(ResourceLogs.AppHost, status.Message);
    }

    private async Task CheckAsync(Resource resource, CancellationToken cancellationToken)
    {
        var status = _status[resource];
        string? problem;
        try
        {
            problem = await _runners[resource].CheckHealthAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            problem = ex.Message;
        }
        if (status.State != ResourceState.Running)
        {
            return;
        }
        var health = problem is null ? ResourceHealth.Healthy : ResourceHealth.Unhealthy;
        if (health != status.Health)
        {
            logs.Write(ResourceLogs.AppHost, problem is null ? $"{resource.Name} is healthy again." : $"{resource.Name} is unhealthy: {problem}");
        }
        status.Health = health;
        status.Message = problem;
    }
}
