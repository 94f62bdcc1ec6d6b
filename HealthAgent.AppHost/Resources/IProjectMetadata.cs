namespace HealthAgent.AppHost.Resources;

/// <summary>Where a .NET project is, like the <c>Projects.*</c> classes that Aspire generates.</summary>
public interface IProjectMetadata
{
    /// <summary>The full path of the project file.</summary>
    string ProjectPath { get; }
}
