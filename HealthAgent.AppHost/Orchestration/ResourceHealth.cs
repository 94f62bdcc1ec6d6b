namespace HealthAgent.AppHost.Orchestration;

/// <summary>The last health check's outcome.</summary>
public enum ResourceHealth
{
    /// <summary>Not checked yet, or not running.</summary>
    Unknown,

    /// <summary>The last check passed.</summary>
    Healthy,

    /// <summary>The last check failed.</summary>
    Unhealthy,
}
