namespace HealthAgent.Agent.Tools;

/// <summary>A user's tool as the API and the agent show it.</summary>
/// <param name="Id">The tool.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it computes.</param>
/// <param name="Parameters">Its inputs.</param>
/// <param name="Formula">Its formula.</param>
/// <param name="Version">The definition's hash, recorded with each run.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Disabled">Whether an administrator disabled it.</param>
/// <param name="Approved">Whether it may run: false while it waits for an administrator's approval (<c>Tools:RequireApproval</c>).</param>
public sealed record ToolView(Guid Id, string Name, string Description, IReadOnlyList<ToolParameter> Parameters, string Formula, string Version,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Disabled, bool Approved);

/// <summary>The result of running a tool.</summary>
/// <param name="Value">The number it computed.</param>
/// <param name="DurationMs">How long the sandbox took.</param>
/// <param name="Version">The definition that ran.</param>
public sealed record ToolRunResult(double Value, double DurationMs, string Version);

/// <summary>A user, and the tool when there is one, behind repeated suspicious attempts.</summary>
/// <param name="UserId">The user.</param>
/// <param name="ToolId">The tool; null for attempted creations.</param>
/// <param name="Name">The tool's name, while it exists.</param>
/// <param name="Suspicious">How many suspicious refusals and limit hits in the window.</param>
/// <param name="LastAt">The latest of them.</param>
/// <param name="Disabled">Whether the tool is disabled.</param>
public sealed record FlaggedTool(Guid UserId, Guid? ToolId, string? Name, int Suspicious, DateTimeOffset LastAt, bool Disabled);
