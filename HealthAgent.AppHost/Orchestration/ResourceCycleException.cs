namespace HealthAgent.AppHost.Orchestration;

/// <summary>Resources wait for each other in a cycle, so none of them could ever start.</summary>
public sealed class ResourceCycleException(IReadOnlyList<string> cycle)
    : Exception($"Resources wait for each other in a cycle ({string.Join(" -> ", cycle)}): remove one of these WaitFor calls.")
{
    /// <summary>The names along the cycle, the first repeated at the end.</summary>
    public IReadOnlyList<string> Cycle { get; } = cycle;
}
