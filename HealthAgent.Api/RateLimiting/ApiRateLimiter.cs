using Microsoft.Extensions.Options;

namespace HealthAgent.Api.RateLimiting;

/// <summary>
/// Asks Redis, and the in-process store while Redis fails or is slow, so a Redis outage never fails a request. After a
/// failure Redis is left alone for a few seconds, so that requests do not each wait for its timeout.
/// </summary>
public sealed class ApiRateLimiter(
    RedisRateLimitStore redis, LocalRateLimitStore local, IOptions<RateLimitingOptions> options, TimeProvider time, ILogger<ApiRateLimiter> logger)
{
    private static readonly TimeSpan RetryRedisAfter = TimeSpan.FromSeconds(5);
    private long _redisRetryAtTicks;

    /// <summary>Takes a token from the bucket <paramref name="key"/>.</summary>
    public Task<RateLimitDecision> TakeTokenAsync(string key, BucketLimit limit, CancellationToken cancellationToken) =>
        DecideAsync(store => store.TakeTokenAsync(key, limit, cancellationToken), cancellationToken);

    /// <summary>Counts a request against the hourly quota <paramref name="key"/>.</summary>
    public Task<RateLimitDecision> CountHourlyAsync(string key, int quota, CancellationToken cancellationToken) =>
        DecideAsync(store => store.CountHourlyAsync(key, quota, cancellationToken), cancellationToken);

    private async Task<RateLimitDecision> DecideAsync(Func<IRateLimitStore, Task<RateLimitDecision>> ask, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _redisRetryAtTicks))
        {
            try
            {
                return await ask(redis).WaitAsync(options.Value.RedisTimeout, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Exchange(ref _redisRetryAtTicks, (time.GetUtcNow() + RetryRedisAfter).UtcTicks);
                logger.LogWarning("Rate limits fall back to this process for {Seconds} s: Redis failed ({Error})",
                    RetryRedisAfter.TotalSeconds, ex.GetBaseException().Message);
            }
        }
        return await ask(local);
    }
}
