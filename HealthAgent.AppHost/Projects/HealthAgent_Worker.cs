using HealthAgent.AppHost.Resources;

namespace Projects;

/// <summary>HealthAgent.Worker, written by hand in the shape of the class Aspire generates for a project reference.</summary>
public sealed class HealthAgent_Worker : IProjectMetadata
{
    /// <inheritdoc />
    public string ProjectPath { get; } = Path.Combine(RepositoryLayout.Root, "HealthAgent.Worker", "HealthAgent.Worker.csproj");
}
