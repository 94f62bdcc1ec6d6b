using System.Text.Json;
using HealthAgent.Core.Food;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Tools.Food;

/// <summary><c>get_day_summary</c>: a local day's totals, meals and goal progress.</summary>
public sealed class DaySummaryTool(FoodSummaryService summaries, TimeProvider time) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""{"date":{"type":"string","description":"YYYY-MM-DD, 'today' or 'yesterday'; today when omitted."}}""");

    /// <inheritdoc />
    public string Name => "get_day_summary";

    /// <inheritdoc />
    public string Description => "Calories, protein, carbs, fat, meals and progress against goals for one local day.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var date = new ToolArguments(arguments).Date("date", TimeZones.Find(context.TimeZone), time);
        return ToolResult.Ok(await summaries.DailyAsync(context.UserId, date, cancellationToken));
    }
}
