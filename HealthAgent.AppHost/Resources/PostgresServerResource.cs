namespace HealthAgent.AppHost.Resources;

/// <summary>A PostgreSQL server: started by the AppHost, or an existing one named by configuration.</summary>
public sealed class PostgresServerResource(string name) : Resource(name), IResourceWithConnectionString
{
    /// <inheritdoc />
    public override string Type => "PostgreSQL";

    /// <inheritdoc />
    public string ConnectionStringName => Name;

    /// <summary>The databases created on this server.</summary>
    public List<PostgresDatabaseResource> Databases { get; } = [];
}
