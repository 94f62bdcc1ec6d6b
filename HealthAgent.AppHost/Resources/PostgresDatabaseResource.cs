namespace HealthAgent.AppHost.Resources;

/// <summary>A database on a <see cref="PostgresServerResource"/>, created when missing.</summary>
public sealed class PostgresDatabaseResource(string name, PostgresServerResource parent) : Resource(name), IResourceWithConnectionString
{
    /// <inheritdoc />
    public override string Type => "Database";

    /// <summary>The server the database lives on.</summary>
    public PostgresServerResource Parent { get; } = parent;

    /// <inheritdoc />
    public string ConnectionStringName => Name;
}
