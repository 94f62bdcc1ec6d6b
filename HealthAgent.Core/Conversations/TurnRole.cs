namespace HealthAgent.Core.Conversations;

/// <summary>Who spoke in a conversation turn.</summary>
public enum TurnRole
{
    /// <summary>The user.</summary>
    User,

    /// <summary>The agent.</summary>
    Assistant,
}
