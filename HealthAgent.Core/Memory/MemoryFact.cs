namespace HealthAgent.Core.Memory;

/// <summary>A fact the agent remembers about a user.</summary>
public sealed class MemoryFact
{
    /// <summary>The memory id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>What kind of fact it is.</summary>
    public MemoryCategory Category { get; set; }

    /// <summary>The fact in the user's words (1–500 characters).</summary>
    public required string Content { get; set; }

    /// <summary>Where it came from.</summary>
    public MemorySource Source { get; set; }

    /// <summary>When it was first remembered (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was last restated or merged (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
