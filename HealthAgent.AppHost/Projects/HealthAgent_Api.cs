using HealthAgent.AppHost.Resources;

namespace Projects;

/// <summary>HealthAgent.Api, written by hand in the shape of the class Aspire generates for a project reference.</summary>
public sealed class HealthAgent_Api : IProjectMetadata
{
    /// <inheritdoc />
    public string ProjectPath { get; } = Path.Combine(RepositoryLayout.Root, "HealthAgent.Api", "HealthAgent.Api.csproj");
}
