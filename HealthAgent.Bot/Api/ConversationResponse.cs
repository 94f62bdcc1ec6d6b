using System.Text.Json.Serialization;

namespace HealthAgent.Bot.Api;

/// <summary>What the Api answers to a message, an action or a command.</summary>
public sealed record ConversationResponse(
    Reply Reply,
    string? Brain = null,
    string? Status = null,
    [property: JsonPropertyName("unavailable_sources")] IReadOnlyList<string>? UnavailableSources = null);
