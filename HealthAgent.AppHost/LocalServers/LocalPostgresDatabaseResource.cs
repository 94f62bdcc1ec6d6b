namespace HealthAgent.AppHost.LocalServers;

/// <summary>A database on a <see cref="LocalPostgresServerResource"/>; its connection string names the database, as Aspire's does.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    /// <summary>The database's name on the server.</summary>
    public string DatabaseName => databaseName;

    /// <inheritdoc />
    public LocalPostgresServerResource Parent => parent;

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
