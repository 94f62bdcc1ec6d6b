namespace HealthAgent.AppHost.Resources;

/// <summary>Fluent access to a resource in the graph, like Aspire's <c>IResourceBuilder&lt;T&gt;</c>.</summary>
public interface IResourceBuilder<out T>
{
    /// <summary>The resource being built.</summary>
    T Resource { get; }

    /// <summary>The application the resource belongs to.</summary>
    DistributedApplicationBuilder ApplicationBuilder { get; }
}
