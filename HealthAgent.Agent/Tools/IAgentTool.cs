using System.Text.Json;

namespace HealthAgent.Agent.Tools;

/// <summary>
/// A tool the agent can call: a thin, validated wrapper over a Core service. Both brains (LLM and offline) produce calls
/// to the same tools, which the tool loop executes. Tools never touch the database directly and never trust arguments.
/// </summary>
public interface IAgentTool
{
    /// <summary>The tool's name as the model sees it (snake_case, such as <c>log_food</c>).</summary>
    string Name { get; }

    /// <summary>What the tool does, for the model.</summary>
    string Description { get; }

    /// <summary>The JSON schema of the arguments object.</summary>
    JsonElement ParametersSchema { get; }

    /// <summary>Validates the arguments and runs the tool for the user in <paramref name="context"/>.</summary>
    Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken);
}
