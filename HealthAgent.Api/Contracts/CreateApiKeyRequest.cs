namespace HealthAgent.Api.Contracts;

/// <summary>Creates an API key with a label.</summary>
public sealed record CreateApiKeyRequest(string Name);
