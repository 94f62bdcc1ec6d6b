using HealthAgent.Core.Goals;

namespace HealthAgent.Agent.Tools.Goals;

/// <summary><c>get_goals</c>: the user's daily targets.</summary>
public sealed class GetGoalsTool(GoalService goals) : ReadTool("get_goals",
    "The user's daily calorie, macro and water targets and target weight.")
{
    /// <inheritdoc />
    protected override async Task<object> ReadAsync(Guid userId, CancellationToken cancellationToken) =>
        await goals.GetAsync(userId, cancellationToken);
}
