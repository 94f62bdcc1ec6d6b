using HealthAgent.Core.Reminders;
using System.Text.Json;
using HealthAgent.Agent.Tools;

namespace HealthAgent.Agent.Tools.Reminders;

/// <summary><c>list_reminders</c>: the user's reminders with their next occurrence.</summary>
public sealed class ListRemindersTool(ReminderService reminders) : IAgentTool
{
    /// <inheritdoc />
    public string Name => "list_reminders";

    /// <inheritdoc />
    public string Description => "Lists the user's reminders (active and paused) with their schedules and next occurrence.";

    /// <inheritdoc />
    public JsonElement ParametersSchema { get; } = ToolJson.Schema("""{"type":"object","properties":{}}""");

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken) =>
        ToolResult.Ok(new { reminders = await reminders.ListAsync(context.UserId, cancellationToken) });
}
