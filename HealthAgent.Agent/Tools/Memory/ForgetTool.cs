using System.Text.Json;
using HealthAgent.Core.Memory;

namespace HealthAgent.Agent.Tools.Memory;

/// <summary><c>forget_fact</c>: deletes the remembered facts that match.</summary>
public sealed class ForgetTool(MemoryService memories) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {"query":{"type":"string","maxLength":200,"description":"The fact to forget, e.g. 'I'm vegetarian'."}}
        """, "query");

    /// <inheritdoc />
    public string Name => "forget_fact";

    /// <inheritdoc />
    public string Description => "Forgets remembered facts matching the query.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var query = new ToolArguments(arguments).RequiredString("query", 200);
        var forgotten = await memories.ForgetAsync(context.UserId, query, cancellationToken);
        return forgotten.Count == 0 ? ToolResult.Fail($"Nothing remembered matches '{query}'.") : ToolResult.Ok(forgotten);
    }
}
