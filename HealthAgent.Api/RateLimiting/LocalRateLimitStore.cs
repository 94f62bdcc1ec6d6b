using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace HealthAgent.Api.RateLimiting;

/// <summary>
/// The fallback while Redis is down: the same limits with System.Threading.RateLimiting, per process. With several
/// replicas each enforces the limit on its own share, so a caller may get up to replicas × limit until Redis is back.
/// </summary>
public sealed class LocalRateLimitStore : IRateLimitStore, IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FixedWindowRateLimiter> _quotas = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<RateLimitDecision> TakeTokenAsync(string key, BucketLimit limit, CancellationToken cancellationToken)
    {
        var limiter = _buckets.GetOrAdd($"{key}|{limit.Burst}|{limit.PermitsPerMinute}", _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / limit.PermitsPerMinute),
            AutoReplenishment = true,
            QueueLimit = 0,
        }));
        using var lease = limiter.AttemptAcquire();
        var remaining = limiter.GetStatistics()?.CurrentAvailablePermits ?? 0;
        var perToken = TimeSpan.FromMinutes(1.0 / limit.PermitsPerMinute);
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : perToken;
        return Task.FromResult(new RateLimitDecision(lease.IsAcquired, limit.Burst, remaining,
            perToken * (limit.Burst - remaining), lease.IsAcquired ? TimeSpan.Zero : retry));
    }

    /// <inheritdoc />
    public Task<RateLimitDecision> CountHourlyAsync(string key, int quota, CancellationToken cancellationToken)
    {
        var limiter = _quotas.GetOrAdd($"{key}|{quota}", _ => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = quota,
            Window = TimeSpan.FromHours(1),
            AutoReplenishment = true,
            QueueLimit = 0,
        }));
        using var lease = limiter.AttemptAcquire();
        var remaining = limiter.GetStatistics()?.CurrentAvailablePermits ?? 0;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromHours(1);
        return Task.FromResult(new RateLimitDecision(lease.IsAcquired, quota, remaining, TimeSpan.FromHours(1), lease.IsAcquired ? TimeSpan.Zero : retry));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var limiter in _buckets.Values)
        {
            limiter.Dispose();
        }
        foreach (var limiter in _quotas.Values)
        {
            limiter.Dispose();
        }
    }
}
