using HealthAgent.Core.Tracking;

namespace HealthAgent.Agent.Tools.Tracking;

/// <summary><c>get_trends</c>: weight, sleep, water, exercise and mood over the last 7 and 30 days.</summary>
public sealed class TrendsTool(TrackingQueryService queries) : ReadTool("get_trends",
    "Averages and changes of weight, sleep, water, exercise and mood over 7 and 30 days.")
{
    /// <inheritdoc />
    protected override async Task<object> ReadAsync(Guid userId, CancellationToken cancellationToken) =>
        await queries.TrendsAsync(userId, cancellationToken);
}
