namespace HealthAgent.Api.Contracts.Conversations;

/// <summary>A pressed button's action id.</summary>
public sealed record ActionRequest(string? Action);
