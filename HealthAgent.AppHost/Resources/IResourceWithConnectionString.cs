namespace HealthAgent.AppHost.Resources;

/// <summary>A resource that dependants reach through <c>ConnectionStrings__{name}</c>.</summary>
public interface IResourceWithConnectionString
{
    /// <summary>The name under ConnectionStrings.</summary>
    string ConnectionStringName { get; }
}
