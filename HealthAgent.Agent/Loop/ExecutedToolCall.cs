using System.Text.Json;
using HealthAgent.Agent.Tools;

namespace HealthAgent.Agent.Loop;

/// <summary>A tool call the loop ran: what was asked, what came back and how long it took.</summary>
public sealed record ExecutedToolCall(string Name, JsonElement Arguments, ToolResult Result, TimeSpan Duration);
