namespace HealthAgent.Core.Common;

/// <summary>The user is over a limit of theirs (for example tool runs per hour). The Api answers 429 with <c>Retry-After</c>.</summary>
/// <param name="message">A sentence for the user.</param>
/// <param name="retryAfter">When a retry may succeed.</param>
public sealed class LimitExceededException(string message, TimeSpan retryAfter) : Exception(message)
{
    /// <summary>When a retry may succeed.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
