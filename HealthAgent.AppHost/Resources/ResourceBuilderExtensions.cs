namespace HealthAgent.AppHost.Resources;

/// <summary>Wires resources together, as Aspire's <c>WithReference</c> and <c>WaitFor</c> do.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary>Gives the resource <c>ConnectionStrings__{name}</c> of <paramref name="source"/>.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithConnectionString> source)
        where T : Resource => AddReference(builder, (Resource)source.Resource);

    /// <summary>Gives the resource <c>services__{name}__http__0</c> of <paramref name="source"/>.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithServiceDiscovery> source)
        where T : Resource => AddReference(builder, (Resource)source.Resource);

    /// <summary>Starts the resource only once <paramref name="dependency"/> is running and healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> dependency) where T : Resource
    {
        if (!builder.Resource.WaitsFor.Contains(dependency.Resource))
        {
            builder.Resource.WaitsFor.Add(dependency.Resource);
        }
        return builder;
    }

    private static IResourceBuilder<T> AddReference<T>(IResourceBuilder<T> builder, Resource source) where T : Resource
    {
        if (!builder.Resource.References.Contains(source))
        {
            builder.Resource.References.Add(source);
        }
        return builder;
    }
}
