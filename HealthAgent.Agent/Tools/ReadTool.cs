using System.Text.Json;

namespace HealthAgent.Agent.Tools;

/// <summary>
/// A tool that takes no arguments and returns one read of the user's data (goals, profile, progress, trends):
/// the schema, the argument handling and the result shape are the same for all of them, so only the read differs.
/// </summary>
public abstract class ReadTool(string name, string description) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Empty();

    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public string Description => description;

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken) =>
        ToolResult.Ok(await ReadAsync(context.UserId, cancellationToken));

    /// <summary>Reads the data for <paramref name="userId"/>.</summary>
    protected abstract Task<object> ReadAsync(Guid userId, CancellationToken cancellationToken);
}
