using HealthAgent.Agent.Plugins;
using System.Globalization;
using HealthAgent.Core.Reminders.Parsing;
using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Agent.Offline;

/// <summary>
/// The offline brain's understanding of reminder requests: <see cref="ReminderPhraseParser"/> reads the phrase in the
/// user's zone ("tomorrow" is the user's tomorrow) and the result becomes the same reminder tool calls the LLM would make.
/// </summary>
public static class ReminderIntents
{
    /// <summary>The planned calls for a reminder request, or null when the text is not one.</summary>
    public static Understanding? Understand(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var phrase = ReminderPhraseParser.Parse(text, now, zone);
        if (phrase is null)
        {
            return null;
        }
        return phrase.Intent switch
        {
            ReminderIntent.Create when phrase.Schedule is { } schedule => Understanding.Call(Create(phrase.Message ?? text, phrase, schedule)),
            ReminderIntent.List => Understanding.Call(PlannedCall.Of(AgentFunctions.RemindersList)),
            ReminderIntent.UpdateTime when phrase.NewTime is { } time =>
                Understanding.Call(PlannedCall.Of(AgentFunctions.RemindersMove, ("reminder", phrase.Target ?? ""), ("time", Time(time)))),
            ReminderIntent.Pause or ReminderIntent.Resume or ReminderIntent.Delete =>
                Understanding.Call(PlannedCall.Of(AgentFunctions.RemindersChangeState, ("reminder", phrase.Target ?? ""), ("action", Action(phrase.Intent)))),
            _ => null,
        };
    }

    private static PlannedCall Create(string message, ReminderPhrase phrase, ReminderSchedule s) => PlannedCall.Of(AgentFunctions.RemindersCreate,
        ("message", message),
        ("kind", phrase.Kind.ToString().ToLowerInvariant()),
        ("type", s.Type.ToString().ToLowerInvariant()),
        ("time", s.Time is { } t ? Time(t) : null),
        ("date", s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("weekdays", Weekdays(s.Weekdays)),
        ("intervalHours", s.IntervalHours),
        ("windowStart", s.WindowStart is { } ws ? Time(ws) : null),
        ("windowEnd", s.WindowEnd is { } we ? Time(we) : null),
        ("cron", s.Cron));

    private static string[] Weekdays(int mask) =>
        Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0).Select(d => d.ToString().ToLowerInvariant()).ToArray();

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Action(ReminderIntent intent) => intent switch
    {
        ReminderIntent.Pause => "pause",
        ReminderIntent.Resume => "resume",
        _ => "delete",
    };
}
