namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>A server could not be started; the message is one sentence that says what to do.</summary>
public sealed class ServerStartException(string message, Exception? inner = null) : Exception(message, inner);
