using HealthAgent.AppHost.Resources;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>Creates the runner for each resource; tests replace it to drive the orchestrator without processes.</summary>
public interface IResourceRunnerFactory
{
    /// <summary>Creates the runners for the whole graph at once, so that ports and connection strings are known before anything starts.</summary>
    IReadOnlyDictionary<Resource, IResourceRunner> Create(IReadOnlyList<Resource> resources);
}
