using HealthAgent.AppHost.Resources;

namespace Projects;

/// <summary>HealthAgent.Bot, written by hand in the shape of the class Aspire generates for a project reference.</summary>
public sealed class HealthAgent_Bot : IProjectMetadata
{
    /// <inheritdoc />
    public string ProjectPath { get; } = Path.Combine(RepositoryLayout.Root, "HealthAgent.Bot", "HealthAgent.Bot.csproj");
}
