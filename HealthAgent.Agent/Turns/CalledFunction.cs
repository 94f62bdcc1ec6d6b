using HealthAgent.Agent.Plugins;

namespace HealthAgent.Agent.Turns;

/// <summary>A function a brain called in a turn: its name as the model sees it, what it came to and how long it took.</summary>
/// <param name="Name">The function, such as <c>food_log</c>.</param>
/// <param name="Result">Its result or failure.</param>
/// <param name="Duration">How long it ran.</param>
public sealed record CalledFunction(string Name, ToolResult Result, TimeSpan Duration);
