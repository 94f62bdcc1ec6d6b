using HealthAgent.Contracts.Conversations;
using HealthAgent.Core.Conversations;

namespace HealthAgent.Agent;

/// <summary>The agent's answer to one message, with which brain answered and whether anything was degraded.</summary>
/// <param name="Reply">What to show the user.</param>
/// <param name="Brain"><c>llm</c> or <c>offline</c>.</param>
/// <param name="Status"><c>ok</c>, or <c>degraded</c> when a source (the LLM, USDA) could not answer and a fallback did.</param>
/// <param name="UnavailableSources">The sources that could not answer (<c>llm</c>, <c>usda</c>).</param>
public sealed record ConversationOutcome(ConversationReply Reply, string Brain, string Status, IReadOnlyList<string> UnavailableSources)
{
    /// <summary>An offline, non-degraded answer.</summary>
    public static ConversationOutcome Offline(ConversationReply reply) => new(reply, Brains.Offline, "ok", []);
}
