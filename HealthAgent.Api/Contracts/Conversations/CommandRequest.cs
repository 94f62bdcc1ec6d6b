namespace HealthAgent.Api.Contracts.Conversations;

/// <summary>A channel command (<c>today</c>, <c>week</c>, …) with its optional argument text.</summary>
public sealed record CommandRequest(string? Command, string? Args);
