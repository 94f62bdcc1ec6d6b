namespace HealthAgent.AppHost.LocalServers;

/// <summary>
/// Redis from the machine's own <c>redis-server</c>, run by DCP as an executable where no container image can start, with
/// the connection string of Aspire's <c>RedisResource</c> (<c>host:port,password=…</c>).
/// </summary>
public sealed class LocalRedisResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    /// <summary>The server's TCP endpoint on the loopback interface.</summary>
    public EndpointReference Endpoint => _endpoint ??= new EndpointReference(this, EndpointName);

    /// <summary>The password Redis requires, generated once per data folder.</summary>
    public ParameterResource Password => password;

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{Endpoint.Property(EndpointProperty.IPV4Host)}:{Endpoint.Property(EndpointProperty.Port)},password={Password}");
}
