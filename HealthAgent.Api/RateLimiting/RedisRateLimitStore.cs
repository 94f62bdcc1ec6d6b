using StackExchange.Redis;

namespace HealthAgent.Api.RateLimiting;

/// <summary>
/// Buckets and quotas in Redis, each update one Lua script so that concurrent replicas cannot both take the last token.
/// The scripts read Redis's own clock, so replicas whose clocks differ still agree.
/// </summary>
public sealed class RedisRateLimitStore(IConnectionMultiplexer redis) : IRateLimitStore
{
    private const string TokenBucketScript = """
        local capacity = tonumber(ARGV[1])
        local rate = tonumber(ARGV[2])
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
        local tokens = tonumber(state[1])
        local ts = tonumber(state[2])
        if tokens == nil then tokens = capacity; ts = now end
        tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
        local allowed = 0
        if tokens >= 1 then tokens = tokens - 1; allowed = 1 end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
        redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
        local retry = 0
        if allowed == 0 then retry = math.ceil((1 - tokens) / rate) end
        return { allowed, math.floor(tokens), math.ceil((capacity - tokens) / rate), retry }
        """;

    private const string HourlyScript = """
        local quota = tonumber(ARGV[1])
        local now = tonumber(redis.call('TIME')[1])
        local window = now - (now % 3600)
        local key = KEYS[1] .. ':' .. window
        local used = tonumber(redis.call('GET', key) or '0')
        local left = window + 3600 - now
        if used >= quota then return { 0, 0, left } end
        used = redis.call('INCR', key)
        if used == 1 then redis.call('EXPIRE', key, 3700) end
        return { 1, quota - used, left }
        """;

    /// <inheritdoc />
    public async Task<RateLimitDecision> TakeTokenAsync(string key, BucketLimit limit, CancellationToken cancellationToken)
    {
        var perMillisecond = limit.PermitsPerMinute / 60_000.0;
        var result = await EvaluateAsync(TokenBucketScript, "ratelimit:bucket:" + key,
            [limit.Burst, perMillisecond.ToString("R", System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);
        return new RateLimitDecision(result[0] == 1, limit.Burst, result[1],
            TimeSpan.FromMilliseconds(result[2]), TimeSpan.FromMilliseconds(result[3]));
    }

    /// <inheritdoc />
    public async Task<RateLimitDecision> CountHourlyAsync(string key, int quota, CancellationToken cancellationToken)
    {
        var result = await EvaluateAsync(HourlyScript, "ratelimit:quota:" + key, [quota], cancellationToken);
        var reset = TimeSpan.FromSeconds(result[2]);
        return new RateLimitDecision(result[0] == 1, quota, result[1], reset, result[0] == 1 ? TimeSpan.Zero : reset);
    }

    private async Task<long[]> EvaluateAsync(string script, string key, RedisValue[] arguments, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var result = (RedisResult[])(await db.ScriptEvaluateAsync(script, [key], arguments).WaitAsync(cancellationToken))!;
        return result.Select(r => (long)r).ToArray();
    }
}
