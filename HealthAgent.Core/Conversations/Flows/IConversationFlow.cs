using HealthAgent.Contracts.Conversations;

namespace HealthAgent.Core.Conversations.Flows;

/// <summary>
/// A guided flow: a few questions answered with buttons or words, each answer saved as it comes. The flow keeps its
/// position in <see cref="FlowState"/> through <see cref="FlowStore"/>; <see cref="FlowRunner"/> routes the answers.
/// </summary>
public interface IConversationFlow
{
    /// <summary>The flow's name, in its buttons and its state.</summary>
    string Name { get; }

    /// <summary>Starts (or restarts) the flow for the user and asks its first question.</summary>
    Task<ConversationReply> StartAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the answer to the question <paramref name="state"/> is at, and asks the next one or ends the flow. Returns
    /// null when a message is not an answer at all (the user moved on: "2 eggs for breakfast" while asked for a button):
    /// the brains answer it, and the question stays open.
    /// </summary>
    Task<ConversationReply?> ContinueAsync(Guid userId, FlowState state, FlowInput input, CancellationToken cancellationToken);
}
