using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Agent;

/// <summary>How much the context builder may put in front of the brain (section <c>Agent</c>).</summary>
public sealed class ContextOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Agent";

    /// <summary>The most past turns to include.</summary>
    [Range(0, 100)]
    public int MaxTurns { get; set; } = 20;

    /// <summary>The most memories to include.</summary>
    [Range(0, 50)]
    public int MaxMemories { get; set; } = 10;

    /// <summary>The token budget for the user data and history (estimated at 4 characters a token).</summary>
    [Range(200, 100_000)]
    public int TokenBudget { get; set; } = 3000;
}
