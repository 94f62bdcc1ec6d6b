using HealthAgent.AppHost.Orchestration;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.AppHost.Resources;

/// <summary>Collects the resource graph and the AppHost's configuration, like Aspire's <c>IDistributedApplicationBuilder</c>.</summary>
public sealed class DistributedApplicationBuilder(IConfiguration configuration)
{
    private readonly List<Resource> _resources = [];

    /// <summary>The AppHost's own configuration: environment variables, command line, appsettings.json.</summary>
    public IConfiguration Configuration { get; } = configuration;

    /// <summary>The resources in the order they were added.</summary>
    public IReadOnlyList<Resource> Resources => _resources;

    /// <summary>Adds a resource; names must be unique because they become connection-string and service names.</summary>
    public IResourceBuilder<T> AddResource<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => r.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        }
        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    /// <summary>Freezes the graph into a runnable application.</summary>
    public DistributedApplication Build() => new(_resources.ToList(), Configuration);
}
