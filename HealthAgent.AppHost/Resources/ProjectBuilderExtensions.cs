namespace HealthAgent.AppHost.Resources;

/// <summary>Adds .NET projects, as Aspire.Hosting does.</summary>
public static class ProjectBuilderExtensions
{
    /// <summary>Adds the project described by <typeparamref name="TProject"/>.</summary>
    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this DistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddResource(new ProjectResource(name, new TProject()));
}
