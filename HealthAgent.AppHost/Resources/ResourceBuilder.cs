namespace HealthAgent.AppHost.Resources;

/// <summary>The one implementation of <see cref="IResourceBuilder{T}"/>.</summary>
public sealed class ResourceBuilder<T>(T resource, DistributedApplicationBuilder applicationBuilder) : IResourceBuilder<T> where T : Resource
{
    /// <inheritdoc />
    public T Resource { get; } = resource;

    /// <inheritdoc />
    public DistributedApplicationBuilder ApplicationBuilder { get; } = applicationBuilder;
}
