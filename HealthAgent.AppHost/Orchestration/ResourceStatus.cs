using HealthAgent.AppHost.Resources;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>The live state of one resource; written by the orchestrator, read by the dashboard from other threads.</summary>
public sealed class ResourceStatus(Resource resource)
{
    private volatile ResourceState _state = ResourceState.Waiting;
    private volatile ResourceHealth _health = ResourceHealth.Unknown;
    private volatile string? _message;

    /// <summary>The resource.</summary>
    public Resource Resource { get; } = resource;

    /// <summary>Where the resource is in its life.</summary>
    public ResourceState State { get => _state; set => _state = value; }

    /// <summary>The last health check's outcome.</summary>
    public ResourceHealth Health { get => _health; set => _health = value; }

    /// <summary>Why the resource is not running or not healthy, when it is not.</summary>
    public string? Message { get => _message; set => _message = value; }

    /// <summary>The exit code of a process that ended on its own.</summary>
    public int? ExitCode { get; set; }

    /// <summary>A copy for display.</summary>
    public ResourceSnapshot Snapshot(string? url, int? pid) => new(
        Resource.Name, Resource.Type,
        State == ResourceState.Exited ? $"Exited ({ExitCode})" : State.ToString(),
        Health.ToString(), url, pid, Message);
}
