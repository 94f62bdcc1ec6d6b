namespace HealthAgent.Api.RateLimiting;

/// <summary>The outcome of asking a limiter for one request.</summary>
/// <param name="Allowed">Whether the request may proceed.</param>
/// <param name="Limit">The most requests the limit allows at once (bucket size or quota).</param>
/// <param name="Remaining">Requests left right now.</param>
/// <param name="Reset">Until the limit is whole again (bucket full, or the quota's hour over).</param>
/// <param name="RetryAfter">When rejected, until the next request can pass.</param>
public sealed record RateLimitDecision(bool Allowed, long Limit, long Remaining, TimeSpan Reset, TimeSpan RetryAfter);
