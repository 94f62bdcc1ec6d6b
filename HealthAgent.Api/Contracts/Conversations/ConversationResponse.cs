using System.Text.Json.Serialization;
using HealthAgent.Core.Agent;
using HealthAgent.Core.Conversations;

namespace HealthAgent.Api.Contracts.Conversations;

/// <summary>What every conversation endpoint answers.</summary>
public sealed record ConversationResponse(
    ConversationReply Reply,
    string Brain,
    string Status,
    [property: JsonPropertyName("unavailable_sources")] IReadOnlyList<string> UnavailableSources)
{
    /// <summary>From the agent's outcome.</summary>
    public static ConversationResponse From(ConversationOutcome outcome) => new(outcome.Reply, outcome.Brain, outcome.Status, outcome.UnavailableSources);

    /// <summary>A reply that explains why the request was refused.</summary>
    public static ConversationResponse Refused(string text) => new(ConversationReply.Plain(text), Brains.Offline, "ok", []);
}
