using System.Text.Json.Serialization;

namespace HealthAgent.Contracts.Conversations;

/// <summary>The answer of the conversation endpoints <c>POST /api/v1/conversations/{userId}/messages</c>, <c>…/actions</c> and <c>…/commands</c>.</summary>
/// <param name="Reply">What to show the user.</param>
/// <param name="Brain">Which brain answered: <c>llm</c> or <c>offline</c>.</param>
/// <param name="Status"><c>ok</c>, or <c>degraded</c> when a source could not answer.</param>
/// <param name="UnavailableSources">The sources that could not answer (for example <c>llm</c>, <c>usda</c>).</param>
public sealed record ConversationResponse(
    ConversationReply Reply,
    string Brain,
    string Status,
    [property: JsonPropertyName("unavailable_sources")] IReadOnlyList<string> UnavailableSources);
