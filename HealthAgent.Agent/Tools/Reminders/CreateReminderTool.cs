using HealthAgent.Core.Reminders;
using System.Globalization;
using System.Text.Json;
using HealthAgent.Agent.Tools;
using HealthAgent.Core.Common;
using HealthAgent.Core.Reminders.Parsing;
using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Agent.Tools.Reminders;

/// <summary><c>create_reminder</c>: creates a reminder (an exact duplicate returns the existing one).</summary>
public sealed class CreateReminderTool(ReminderService reminders) : IAgentTool
{
    /// <inheritdoc />
    public string Name => "create_reminder";

    /// <inheritdoc />
    public string Description => "Creates a reminder in the user's local time: once (date+time), daily (time, optional weekdays), weekly (weekdays+time), every N hours in a window, or cron.";

    /// <inheritdoc />
    public JsonElement ParametersSchema { get; } = ToolJson.Schema("""
        {"type":"object","required":["message","type"],"properties":{
          "message":{"type":"string","maxLength":500},
          "kind":{"type":"string","enum":["medication","water","meal","sleep","exercise","custom"]},
          "type":{"type":"string","enum":["once","daily","weekly","interval","cron"]},
          "time":{"type":"string","description":"local time HH:mm"},
          "date":{"type":"string","description":"local date yyyy-MM-dd (once)"},
          "weekdays":{"type":"array","items":{"type":"string","enum":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]}},
          "intervalHours":{"type":"integer","minimum":1,"maximum":24},
          "windowStart":{"type":"string"},"windowEnd":{"type":"string"},
          "cron":{"type":"string"},"endDate":{"type":"string"}}}
        """);

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var message = ToolJson.String(arguments, "message");
        if (string.IsNullOrWhiteSpace(message) || !Enum.TryParse<ScheduleType>(ToolJson.String(arguments, "type"), true, out var type))
        {
            return ToolResult.Fail("A reminder needs a message and a schedule type (once, daily, weekly, interval, cron).");
        }
        var kind = Enum.TryParse<ReminderKind>(ToolJson.String(arguments, "kind"), true, out var k) ? k : ReminderPhraseParser.GuessKind(message);
        var weekdays = 0;
        foreach (var day in ToolJson.Strings(arguments, "weekdays"))
        {
            if (!Enum.TryParse<DayOfWeek>(day, true, out var d))
            {
                return ToolResult.Fail($"Unknown weekday '{day}'.");
            }
            weekdays |= 1 << (int)d;
        }
        var schedule = new ReminderSchedule(type, Time(arguments, "time"), Date(arguments, "date"), weekdays,
            ToolJson.Int(arguments, "intervalHours"), Time(arguments, "windowStart"), Time(arguments, "windowEnd"), ToolJson.String(arguments, "cron"));
        try
        {
            var (reminder, created) = await reminders.CreateAsync(context.UserId, new ReminderDraft(message, kind, schedule, Date(arguments, "endDate")), cancellationToken);
            return ToolResult.Ok(new { created, reminder });
        }
        catch (DomainValidationException e)
        {
            return ToolResult.Fail(string.Join(" ", e.Errors.SelectMany(x => x.Value)));
        }
    }

    private static TimeOnly? Time(JsonElement args, string name) => ReminderPhraseParser.ParseTime(ToolJson.String(args, name));

    private static DateOnly? Date(JsonElement args, string name) =>
        DateOnly.TryParseExact(ToolJson.String(args, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
