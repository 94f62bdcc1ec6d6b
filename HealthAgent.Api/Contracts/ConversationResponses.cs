using HealthAgent.Contracts.Conversations;
using HealthAgent.Agent;

namespace HealthAgent.Api.Contracts;

/// <summary>Builds the wire <see cref="ConversationResponse"/> from what the agent did.</summary>
public static class ConversationResponses
{
    /// <summary>From the agent's outcome.</summary>
    public static ConversationResponse From(ConversationOutcome outcome) => new(outcome.Reply, outcome.Brain, outcome.Status, outcome.UnavailableSources);
}
