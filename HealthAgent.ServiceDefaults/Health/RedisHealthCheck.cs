using StackExchange.Redis;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Checks Redis with <c>PING</c>.</summary>
/// <param name="redis">
/// Resolves the multiplexer. Aspire's client connects it synchronously on first resolution, which against a Redis that
/// accepts and never answers takes the whole connect timeout: resolving inside the probe keeps that under the check's timeout.
/// </param>
/// <param name="timeout">How long the probe may take.</param>
public sealed class RedisHealthCheck(Func<IConnectionMultiplexer> redis, TimeSpan timeout) : DependencyHealthCheck(timeout)
{
    /// <inheritdoc />
    protected override async Task<string> ProbeAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await Task.Run(redis, cancellationToken).ConfigureAwait(false);
        var latency = await multiplexer.GetDatabase().PingAsync().ConfigureAwait(false);
        return $"PING answered in {latency.TotalMilliseconds:0.0} ms.";
    }
}
