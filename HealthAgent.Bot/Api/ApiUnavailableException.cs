namespace HealthAgent.Bot.Api;

/// <summary>The Api could not answer (down, timing out, 5xx, 429, open circuit): keep the update and try again later.</summary>
/// <param name="message">What happened.</param>
/// <param name="inner">The underlying failure.</param>
/// <param name="rateLimitedFor">Set when the Api rate-limited the user (429): how long until they may send again.</param>
public sealed class ApiUnavailableException(string message, Exception? inner = null, TimeSpan? rateLimitedFor = null) : Exception(message, inner)
{
    /// <summary>When the Api answered 429: the wait it asked for (Retry-After); null for an outage.</summary>
    public TimeSpan? RateLimitedFor { get; } = rateLimitedFor;
}
