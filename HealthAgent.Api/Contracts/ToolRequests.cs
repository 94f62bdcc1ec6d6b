using HealthAgent.Agent.Tools;

namespace HealthAgent.Api.Contracts;

/// <summary>A new tool (docs/tools.md).</summary>
/// <param name="Name">Lower-case letters, digits and underscores.</param>
/// <param name="Description">What it computes.</param>
/// <param name="Parameters">Its inputs; none when it reads only the user's figures.</param>
/// <param name="Formula">The formula over its inputs and the user's figures.</param>
public sealed record CreateToolRequest(string Name, string Description, IReadOnlyList<ToolParameter>? Parameters, string Formula);

/// <summary>A change to a tool; each field that is given replaces the stored one.</summary>
/// <param name="Description">A new description.</param>
/// <param name="Parameters">New inputs.</param>
/// <param name="Formula">A new formula.</param>
public sealed record UpdateToolRequest(string? Description, IReadOnlyList<ToolParameter>? Parameters, string? Formula);

/// <summary>A run of a tool.</summary>
/// <param name="Inputs">A number for each of the tool's inputs.</param>
public sealed record RunToolRequest(IReadOnlyDictionary<string, double>? Inputs);
