using HealthAgent.ServiceDefaults.Clients;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Checks Redis with <c>PING</c>.</summary>
public sealed class RedisHealthCheck(RedisConnection redis, TimeSpan timeout) : DependencyHealthCheck(timeout)
{
    /// <inheritdoc />
    protected override async Task<string> ProbeAsync(CancellationToken cancellationToken)
    {
        var database = await redis.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var latency = await database.PingAsync().ConfigureAwait(false);
        return $"PING answered in {latency.TotalMilliseconds:0.0} ms.";
    }
}
