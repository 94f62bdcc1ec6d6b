using HealthAgent.Core.Auth;

namespace HealthAgent.Api.Contracts;

/// <summary>A new key: <see cref="Key"/> is shown this once and never again.</summary>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Key);
