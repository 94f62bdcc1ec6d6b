using System.Text.Json;
using HealthAgent.Core.Memory;

namespace HealthAgent.Agent.Tools.Memory;

/// <summary><c>recall_facts</c>: the remembered facts most relevant to a query, or the latest ones.</summary>
public sealed class RecallTool(MemoryService memories) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {"query":{"type":"string","description":"What to look for; omit for everything recent."},"limit":{"type":"integer","minimum":1,"maximum":50}}
        """);

    /// <inheritdoc />
    public string Name => "recall_facts";

    /// <inheritdoc />
    public string Description => "Looks up what the user told you to remember.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var found = await memories.RecallAsync(context.UserId, args.String("query", 200), args.Integer("limit", 1, 50) ?? 20, cancellationToken);
        return ToolResult.Ok(found);
    }
}
