using System.Text.Json;
using HealthAgent.Core.Tracking;

namespace HealthAgent.Core.Agent.Tools.Tracking;

/// <summary><c>get_trends</c>: weight, sleep, water, exercise and mood over the last 7 and 30 days.</summary>
public sealed class TrendsTool(TrackingQueryService queries) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Empty();

    /// <inheritdoc />
    public string Name => "get_trends";

    /// <inheritdoc />
    public string Description => "Averages and changes of weight, sleep, water, exercise and mood over 7 and 30 days.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken) =>
        ToolResult.Ok(await queries.TrendsAsync(context.UserId, cancellationToken));
}
