using System.Text.Json;
using HealthAgent.Core.Food;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Tools.Food;

/// <summary><c>get_week_summary</c>: the Monday–Sunday week's totals and daily averages.</summary>
public sealed class WeekSummaryTool(FoodSummaryService summaries, TimeProvider time) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""{"date":{"type":"string","description":"Any day of the week wanted (YYYY-MM-DD); this week when omitted."}}""");

    /// <inheritdoc />
    public string Name => "get_week_summary";

    /// <inheritdoc />
    public string Description => "Totals, daily averages, days logged and goal progress for a Monday–Sunday week.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var date = new ToolArguments(arguments).Date("date", TimeZones.Find(context.TimeZone), time);
        return ToolResult.Ok(await summaries.WeeklyAsync(context.UserId, date, cancellationToken));
    }
}
