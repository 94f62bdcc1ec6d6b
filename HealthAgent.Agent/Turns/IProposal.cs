using HealthAgent.Contracts.Conversations;

namespace HealthAgent.Agent.Turns;

/// <summary>
/// A function result that waits for the user's decision: its preview is always shown (after the LLM's words, or as the
/// offline brain's answer) with its buttons under the reply, so nothing is saved before the user has seen it.
/// </summary>
public interface IProposal
{
    /// <summary>What the user is asked to decide on, in full.</summary>
    string Preview { get; }

    /// <summary>The buttons under the reply.</summary>
    IReadOnlyList<ReplyButton> Buttons { get; }
}
