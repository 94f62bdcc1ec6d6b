using HealthAgent.Contracts.Conversations;
using HealthAgent.Agent;

namespace HealthAgent.Api.Contracts;

/// <summary>Builds the wire <see cref="ConversationResponse"/> from what the agent did.</summary>
public static class ConversationResponses
{
    /// <summary>From the agent's outcome.</summary>
    public static ConversationResponse From(ConversationOutcome outcome) => new(outcome.Reply, outcome.Brain, outcome.Status, outcome.UnavailableSources);

    /// <summary>A reply that explains why the request was refused.</summary>
    public static ConversationResponse Refused(string text) => new(ConversationReply.Plain(text), Brains.Offline, "ok", []);
}
