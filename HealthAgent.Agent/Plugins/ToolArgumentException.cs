namespace HealthAgent.Agent.Plugins;

/// <summary>A tool's arguments are missing or invalid; the function filter turns the message into a failed <see cref="ToolResult"/>.</summary>
public sealed class ToolArgumentException(string message) : Exception(message);
