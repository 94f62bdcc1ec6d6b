namespace HealthAgent.AppHost.Resources;

/// <summary>A Redis server: started by the AppHost, or an existing one named by configuration.</summary>
public sealed class RedisResource(string name) : Resource(name), IResourceWithConnectionString
{
    /// <inheritdoc />
    public override string Type => "Redis";

    /// <inheritdoc />
    public string ConnectionStringName => Name;
}
