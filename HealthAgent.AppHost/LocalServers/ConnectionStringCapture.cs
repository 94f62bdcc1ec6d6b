namespace HealthAgent.AppHost.LocalServers;

/// <summary>
/// A resource's connection string as its health check needs it: known only once Aspire has allocated the endpoints, so it
/// is captured from <see cref="ConnectionStringAvailableEvent"/>, as Aspire's own PostgreSQL and Redis integrations do.
/// </summary>
internal static class ConnectionStringCapture
{
    /// <summary>A function that returns the connection string, or throws (the check then reports unhealthy) before it is known.</summary>
    public static Func<IServiceProvider, string> CaptureConnectionString(this IDistributedApplicationBuilder builder, IResourceWithConnectionString resource)
    {
        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(resource, async (_, ct) =>
            connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct));
        return _ => connectionString ?? throw new InvalidOperationException($"{resource.Name} has no address yet.");
    }
}
