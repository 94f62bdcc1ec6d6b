namespace HealthAgent.AppHost.Orchestration;

/// <summary>Starts, checks and stops one resource; what Aspire's DCP does for a resource.</summary>
public interface IResourceRunner
{
    /// <summary>Where the resource is reached, for display.</summary>
    string? Url { get; }

    /// <summary>The process id while it runs, when the resource is a process.</summary>
    int? ProcessId { get; }

    /// <summary>Completes with the exit code when the resource's process ends; null when it is not a process the AppHost watches.</summary>
    Task<int>? Exited { get; }

    /// <summary>Starts the resource and returns once it is healthy.</summary>
    /// <exception cref="ResourceStartException">It could not start; the message says why in one sentence.</exception>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Null when healthy, otherwise what is wrong.</summary>
    Task<string?> CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>Stops what <see cref="StartAsync"/> started; does nothing when nothing was started.</summary>
    Task StopAsync();
}
