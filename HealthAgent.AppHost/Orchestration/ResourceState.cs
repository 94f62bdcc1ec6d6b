namespace HealthAgent.AppHost.Orchestration;

/// <summary>Where a resource is in its life, with the words the dashboard shows.</summary>
public enum ResourceState
{
    /// <summary>Waiting for the resources it waits for.</summary>
    Waiting,

    /// <summary>Started, not yet healthy.</summary>
    Starting,

    /// <summary>Started and was healthy once.</summary>
    Running,

    /// <summary>Could not start.</summary>
    FailedToStart,

    /// <summary>Never started because something it waits for failed, or the AppHost was stopping.</summary>
    NotStarted,

    /// <summary>Its process ended on its own after start.</summary>
    Exited,

    /// <summary>Being stopped by the AppHost.</summary>
    Stopping,

    /// <summary>Stopped by the AppHost.</summary>
    Stopped,
}
