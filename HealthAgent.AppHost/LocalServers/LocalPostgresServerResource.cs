namespace HealthAgent.AppHost.LocalServers;

/// <summary>
/// PostgreSQL from the machine's own binaries, run by DCP as an executable where no container image can start. It has
/// the connection string of Aspire's <c>PostgresServerResource</c>, so the services cannot tell the two apart.
/// </summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory, ParameterResource password, PostgresCluster cluster)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    /// <summary>The server's TCP endpoint on the loopback interface.</summary>
    public EndpointReference Endpoint => _endpoint ??= new EndpointReference(this, EndpointName);

    /// <summary>The superuser's password, generated once per data folder.</summary>
    public ParameterResource Password => password;

    /// <summary>The cluster folder and its settings.</summary>
    public PostgresCluster Cluster => cluster;

    /// <summary>The databases to create on this server once it is healthy.</summary>
    public List<LocalPostgresDatabaseResource> Databases { get; } = [];

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.IPV4Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={PostgresCluster.Superuser};Password={Password}");
}
