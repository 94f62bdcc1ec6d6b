using HealthAgent.Core.Reminders;
using System.Text.Json;
using HealthAgent.Agent.Tools;

namespace HealthAgent.Agent.Tools.Reminders;

/// <summary><c>change_reminder_state</c>: pauses, resumes or deletes every reminder matching the words ("the water reminders").</summary>
public sealed class ChangeReminderStateTool(ReminderService reminders) : IAgentTool
{
    /// <inheritdoc />
    public string Name => "change_reminder_state";

    /// <inheritdoc />
    public string Description => "Pauses, resumes or deletes the reminders matching words of their message, their kind, or an id.";

    /// <inheritdoc />
    public JsonElement ParametersSchema { get; } = ToolJson.Schema("""
        {"type":"object","required":["reminder","action"],"properties":{"reminder":{"type":"string"},"action":{"type":"string","enum":["pause","resume","delete"]}}}
        """);

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var action = ToolJson.String(arguments, "action")?.ToLowerInvariant();
        if (action is not ("pause" or "resume" or "delete"))
        {
            return ToolResult.Fail("The action is pause, resume or delete.");
        }
        var matches = ReminderMatcher.Match(await reminders.ListAsync(context.UserId, cancellationToken), ToolJson.String(arguments, "reminder"));
        if (matches.Count == 0)
        {
            return ToolResult.Fail("No reminder matches that; list the reminders to find it.");
        }
        foreach (var reminder in matches)
        {
            if (action == "delete")
            {
                await reminders.DeleteAsync(context.UserId, reminder.Id, cancellationToken);
            }
            else
            {
                await reminders.SetActiveAsync(context.UserId, reminder.Id, action == "resume", cancellationToken);
            }
        }
        return ToolResult.Ok(new { action, reminders = matches.Select(m => new { m.Id, m.Message }) });
    }
}
