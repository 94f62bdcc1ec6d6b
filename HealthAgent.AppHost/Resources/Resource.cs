namespace HealthAgent.AppHost.Resources;

/// <summary>A named part of the application graph, like Aspire's <c>IResource</c> with its wait and reference annotations.</summary>
public abstract class Resource(string name)
{
    /// <summary>The resource's name; also its connection-string or service-discovery name.</summary>
    public string Name { get; } = name;

    /// <summary>A short word for the dashboard: Project, PostgreSQL, Redis…</summary>
    public abstract string Type { get; }

    /// <summary>Resources that must be running and healthy before this one starts.</summary>
    public List<Resource> WaitsFor { get; } = [];

    /// <summary>Resources whose connection string or endpoint this one receives.</summary>
    public List<Resource> References { get; } = [];

    /// <inheritdoc />
    public override string ToString() => Name;
}
