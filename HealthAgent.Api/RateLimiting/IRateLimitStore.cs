namespace HealthAgent.Api.RateLimiting;

/// <summary>Where buckets and quotas live: Redis (shared by replicas) or this process (fallback).</summary>
public interface IRateLimitStore
{
    /// <summary>Takes one token from the bucket <paramref name="key"/>.</summary>
    Task<RateLimitDecision> TakeTokenAsync(string key, BucketLimit limit, CancellationToken cancellationToken);

    /// <summary>Counts one request against the hourly quota <paramref name="key"/>.</summary>
    Task<RateLimitDecision> CountHourlyAsync(string key, int quota, CancellationToken cancellationToken);
}
