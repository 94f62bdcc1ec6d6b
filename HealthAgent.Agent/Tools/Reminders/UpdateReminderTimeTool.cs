using HealthAgent.Core.Reminders;
using System.Text.Json;
using HealthAgent.Agent.Tools;
using HealthAgent.Core.Common;
using HealthAgent.Core.Reminders.Parsing;
using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Agent.Tools.Reminders;

/// <summary><c>update_reminder_time</c>: moves one reminder (named in words or by id) to a new local time.</summary>
public sealed class UpdateReminderTimeTool(ReminderService reminders) : IAgentTool
{
    /// <inheritdoc />
    public string Name => "update_reminder_time";

    /// <inheritdoc />
    public string Description => "Moves a reminder, named by words of its message, its kind, or its id, to a new local time (HH:mm).";

    /// <inheritdoc />
    public JsonElement ParametersSchema { get; } = ToolJson.Schema("""
        {"type":"object","required":["reminder","time"],"properties":{"reminder":{"type":"string"},"time":{"type":"string"}}}
        """);

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        if (ReminderPhraseParser.ParseTime(ToolJson.String(arguments, "time")) is not { } time)
        {
            return ToolResult.Fail("The new time must be a time of day such as 08:30.");
        }
        var matches = ReminderMatcher.Match(await reminders.ListAsync(context.UserId, cancellationToken), ToolJson.String(arguments, "reminder"));
        if (matches.Count != 1)
        {
            return ToolResult.Fail(matches.Count == 0
                ? "No reminder matches that; list the reminders to find it."
                : "Several reminders match: " + string.Join("; ", matches.Select(m => m.Message)) + ". Which one?");
        }
        var current = matches[0];
        var schedule = current.Schedule.Type switch
        {
            ScheduleType.Once or ScheduleType.Daily or ScheduleType.Weekly => current.Schedule with { Time = time },
            _ => null,
        };
        if (schedule is null)
        {
            return ToolResult.Fail("Only one-off, daily and weekly reminders have a single time to move.");
        }
        try
        {
            var updated = await reminders.UpdateAsync(context.UserId, current.Id,
                new ReminderDraft(current.Message, current.Kind, schedule, current.EndDate, current.TrackCompletion, current.GraceMinutes), cancellationToken);
            return ToolResult.Ok(new { reminder = updated });
        }
        catch (DomainValidationException e)
        {
            return ToolResult.Fail(string.Join(" ", e.Errors.SelectMany(x => x.Value)));
        }
    }
}
