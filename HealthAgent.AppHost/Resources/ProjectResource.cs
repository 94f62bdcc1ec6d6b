namespace HealthAgent.AppHost.Resources;

/// <summary>A .NET service run from its built assembly.</summary>
public sealed class ProjectResource(string name, IProjectMetadata metadata) : Resource(name), IResourceWithServiceDiscovery
{
    /// <inheritdoc />
    public override string Type => "Project";

    /// <summary>Where the project is.</summary>
    public IProjectMetadata Metadata { get; } = metadata;

    /// <inheritdoc />
    public string ServiceName => Name;

    /// <summary>Extra environment variables from parameters (<c>WithEnvironment</c>).</summary>
    public Dictionary<string, ParameterResource> Environment { get; } = [];

    /// <summary>The project's folder, used as the working directory so that its appsettings.json is found.</summary>
    public string ProjectDirectory => Path.GetDirectoryName(Metadata.ProjectPath)!;

    /// <summary>The built assembly for the AppHost's own configuration (Debug or Release).</summary>
    public string AssemblyPath => Path.Combine(ProjectDirectory, "bin", RepositoryLayout.Configuration, "net10.0",
        Path.GetFileNameWithoutExtension(Metadata.ProjectPath) + ".dll");
}
