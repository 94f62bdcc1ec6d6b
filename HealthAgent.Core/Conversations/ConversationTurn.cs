namespace HealthAgent.Core.Conversations;

/// <summary>One message of a user's conversation with the agent.</summary>
public sealed class ConversationTurn
{
    /// <summary>The turn id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>Who spoke.</summary>
    public TurnRole Role { get; set; }

    /// <summary>What was said (1–20 000 characters).</summary>
    public required string Content { get; set; }

    /// <summary>For agent turns, the brain that answered (<c>llm</c> or <c>offline</c>).</summary>
    public string? Brain { get; set; }

    /// <summary>The channel's id of the message this turn belongs to, when it sent one; (user, role, message id) is unique.</summary>
    public string? MessageId { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
