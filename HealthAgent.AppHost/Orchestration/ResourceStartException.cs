namespace HealthAgent.AppHost.Orchestration;

/// <summary>A resource could not start; the message is one sentence that says what to do.</summary>
public sealed class ResourceStartException(string message, Exception? inner = null) : Exception(message, inner);
