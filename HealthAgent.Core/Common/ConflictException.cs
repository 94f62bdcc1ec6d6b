namespace HealthAgent.Core.Common;

/// <summary>The write conflicts with the current state (a duplicate, a stale version). The Api answers 409.</summary>
public sealed class ConflictException(string message) : Exception(message);
