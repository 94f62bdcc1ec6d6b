namespace HealthAgent.AppHost.Resources;

/// <summary>A resource that dependants reach through <c>services__{name}__http__0</c>.</summary>
public interface IResourceWithServiceDiscovery
{
    /// <summary>The name under services.</summary>
    string ServiceName { get; }
}
