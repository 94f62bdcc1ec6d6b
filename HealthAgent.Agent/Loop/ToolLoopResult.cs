namespace HealthAgent.Agent.Loop;

/// <summary>The brain's final text and every tool call made on the way.</summary>
/// <param name="Text">The reply text.</param>
/// <param name="Calls">The executed calls, in order.</param>
/// <param name="Rounds">How many brain round trips it took.</param>
public sealed record ToolLoopResult(string Text, IReadOnlyList<ExecutedToolCall> Calls, int Rounds);
