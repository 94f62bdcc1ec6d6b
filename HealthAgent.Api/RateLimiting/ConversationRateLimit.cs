namespace HealthAgent.Api.RateLimiting;

/// <summary>Marks an endpoint for the per-user <c>conversation</c> limit (see <see cref="RateLimitingExtensions.RequireConversationRateLimit"/>).</summary>
public sealed class ConversationRateLimit
{
    /// <summary>The policy name, as it appears in metrics and Problem Details.</summary>
    public const string PolicyName = "conversation";

    /// <summary>The one instance to put in endpoint metadata.</summary>
    public static readonly ConversationRateLimit Metadata = new();

    private ConversationRateLimit()
    {
    }
}
