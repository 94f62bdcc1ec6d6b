using System.Text.Json;
using HealthAgent.Core.Memory;

namespace HealthAgent.Agent.Tools.Memory;

/// <summary><c>remember_fact</c>: keeps a fact about the user (restatements are merged).</summary>
public sealed class RememberTool(MemoryService memories) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {
          "content":{"type":"string","maxLength":500,"description":"The fact in the user's words, e.g. 'I'm vegetarian'."},
          "category":{"type":"string","enum":["preference","diet","health","goal","routine","other"]}
        }
        """, "content");

    /// <inheritdoc />
    public string Name => "remember_fact";

    /// <inheritdoc />
    public string Description => "Remembers a lasting fact about the user (diet, preferences, routine). Only what the user said.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var content = args.RequiredString("content", MemoryService.MaxContentLength);
        var category = args.Enum<MemoryCategory>("category") ?? MemoryCategory.Other;
        return ToolResult.Ok(await memories.RememberAsync(context.UserId, content, category, MemorySource.User, cancellationToken));
    }
}
