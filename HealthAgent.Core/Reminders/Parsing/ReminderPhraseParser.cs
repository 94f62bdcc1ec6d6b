using System.Globalization;
using System.Text.RegularExpressions;
using HealthAgent.Core.Reminders.Scheduling;
using HealthAgent.Core.Time;

namespace HealthAgent.Core.Reminders.Parsing;

/// <summary>
/// Deterministic English understanding of reminder requests, for the offline brain. Understands
/// "remind me to X every day at 9", "remind me tomorrow at 18:00 to X", "remind me to X on mondays and fridays at 7pm",
/// "remind me to X every weekday at 8:15", "remind me to drink water every 2 hours from 9 to 21", "remind me to X at 17"
/// (today, or tomorrow when past), "what reminders do I have?", "move my vitamin reminder to 8:30",
/// "stop|pause / resume / delete the water reminders". Returns null for anything else.
/// </summary>
public static partial class ReminderPhraseParser
{
    private const string TimePattern = @"(?:noon|midnight|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)";
    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Parses <paramref name="text"/>; <paramref name="now"/> and <paramref name="zone"/> resolve "today" and "tomorrow".</summary>
    public static ReminderPhrase? Parse(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var t = (text ?? "").Trim().TrimEnd('.', '!', '?').Trim();
        if (t.Length is 0 or > 500)
        {
            return null;
        }
        if (ListRegex().IsMatch(t))
        {
            return new ReminderPhrase(ReminderIntent.List);
        }
        if (MoveRegex().Match(t) is { Success: true } move && ParseTime(move.Groups["time"].Value) is { } newTime)
        {
            return new ReminderPhrase(ReminderIntent.UpdateTime, Target: Clean(move.Groups["target"].Value), NewTime: newTime);
        }
        if (StateRegex().Match(t) is { Success: true } state)
        {
            var verb = state.Groups["verb"].Value.ToLowerInvariant();
            var intent = verb switch
            {
                "resume" or "restart" or "unpause" or "turn on" => ReminderIntent.Resume,
                "delete" or "remove" or "cancel" => ReminderIntent.Delete,
                _ => ReminderIntent.Pause,
            };
            return new ReminderPhrase(intent, Target: Clean(state.Groups["target"].Value));
        }
        if (StopRemindingRegex().Match(t) is { Success: true } stop)
        {
            return new ReminderPhrase(ReminderIntent.Pause, Target: Clean(stop.Groups["target"].Value));
        }
        return RemindRegex().Match(t) is { Success: true } remind ? ParseCreate(remind.Groups["rest"].Value, now, zone) : null;
    }

    /// <summary>Parses a time of day: <c>9</c>, <c>9am</c>, <c>9:30 pm</c>, <c>18:00</c>, <c>noon</c>, <c>midnight</c>.</summary>
    public static TimeOnly? ParseTime(string? text)
    {
        var t = (text ?? "").Trim().ToLowerInvariant().Replace(".", "");
        if (t == "noon")
        {
            return new TimeOnly(12, 0);
        }
        if (t == "midnight")
        {
            return new TimeOnly(0, 0);
        }
        var m = TimeRegex().Match(t);
        if (!m.Success)
        {
            return null;
        }
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        switch (m.Groups["ap"].Value)
        {
            case "am" when hour is >= 1 and <= 12:
                hour %= 12;
                break;
            case "pm" when hour is >= 1 and <= 12:
                hour = hour % 12 + 12;
                break;
            case "am" or "pm":
                return null;
        }
        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    private static ReminderPhrase? ParseCreate(string rest, DateTimeOffset now, TimeZoneInfo zone)
    {
        ReminderSchedule? schedule = null;
        if (IntervalRegex().Match(rest) is { Success: true } interval)
        {
            var hours = int.Parse(interval.Groups["n"].Value, CultureInfo.InvariantCulture);
            var from = interval.Groups["from"].Success ? ParseTime(interval.Groups["from"].Value) : new TimeOnly(8, 0);
            var to = interval.Groups["to"].Success ? ParseTime(interval.Groups["to"].Value) : new TimeOnly(20, 0);
            if (hours is < 1 or > 24 || from is null || to is null || from > to)
            {
                return null;
            }
            schedule = ReminderSchedule.Every(hours, from.Value, to.Value);
            rest = rest.Remove(interval.Index, interval.Length);
        }

        TimeOnly? time = null;
        if (schedule is null)
        {
            if (AtTimeRegex().Match(rest) is not { Success: true } at || ParseTime(at.Groups["time"].Value) is not { } parsed)
            {
                return null;
            }
            time = parsed;
            rest = rest.Remove(at.Index, at.Length);
        }

        var today = ZonedTime.LocalDate(now, zone);
        if (schedule is null && DailyRegex().Match(rest) is { Success: true } daily)
        {
            schedule = ReminderSchedule.DailyAt(time!.Value);
            rest = rest.Remove(daily.Index, daily.Length);
        }
        else if (schedule is null && WeekdaysRegex().Match(rest) is { Success: true } weekdays)
        {
            var mask = weekdays.Groups["which"].Value.StartsWith("weekend", StringComparison.OrdinalIgnoreCase) ? WeekdaySet.Weekend : WeekdaySet.Weekdays;
            schedule = ReminderSchedule.DailyAt(time!.Value, mask);
            rest = rest.Remove(weekdays.Index, weekdays.Length);
        }
        else if (schedule is null && DaysRegex().Match(rest) is { Success: true } days)
        {
            var mask = WeekdaySet.Of(DayNameRegex().Matches(days.Value)
                .Select(d => (DayOfWeek)Array.FindIndex(DayNames, n => n.StartsWith(d.Value[..3].ToLowerInvariant(), StringComparison.Ordinal))));
            schedule = new ReminderSchedule(ScheduleType.Weekly, time, Weekdays: mask);
            rest = rest.Remove(days.Index, days.Length);
        }
        else if (schedule is null && DayWordRegex().Match(rest) is { Success: true } dayWord)
        {
            var date = dayWord.Value.Trim().Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? today.AddDays(1) : today;
            schedule = ReminderSchedule.OnceAt(date, time!.Value);
            rest = rest.Remove(dayWord.Index, dayWord.Length);
        }
        else if (schedule is null)
        {
            // A bare time means its next occurrence: today if still ahead, else tomorrow.
            var date = ZonedTime.LocalDateTime(now, zone).TimeOfDay < time!.Value.ToTimeSpan() ? today : today.AddDays(1);
            schedule = ReminderSchedule.OnceAt(date, time.Value);
        }

        var message = Clean(LeadingToRegex().Replace(rest.Trim(), ""));
        if (message.Length == 0)
        {
            return null;
        }
        message = char.ToUpperInvariant(message[0]) + message[1..];
        return new ReminderPhrase(ReminderIntent.Create, message, GuessKind(message), schedule);
    }

    /// <summary>The kind suggested by the words of <paramref name="message"/>.</summary>
    public static ReminderKind GuessKind(string message)
    {
        var m = message.ToLowerInvariant();
        return m switch
        {
            _ when Regex.IsMatch(m, @"\b(vitamin|pill|pills|medication|medicine|meds|tablet|tablets|supplement|insulin|dose)\b") => ReminderKind.Medication,
            _ when Regex.IsMatch(m, @"\b(water|drink|hydrate)\b") => ReminderKind.Water,
            _ when Regex.IsMatch(m, @"\b(eat|meal|breakfast|lunch|dinner|snack)\b") => ReminderKind.Meal,
            _ when Regex.IsMatch(m, @"\b(sleep|bed|bedtime|wind down)\b") => ReminderKind.Sleep,
            _ when Regex.IsMatch(m, @"\b(walk|run|exercise|gym|workout|stretch|yoga|train)\b") => ReminderKind.Exercise,
            _ => ReminderKind.Custom,
        };
    }

    private static string Clean(string text) => WhitespaceRegex().Replace(text, " ").Trim(' ', ',', '.');

    [GeneratedRegex(@"^(?:(?:what|which) reminders|(?:list|show)(?: me)?(?: all)?(?: of)?(?: my| the)? reminders|my reminders$|do i have (?:any )?reminders)", RegexOptions.IgnoreCase)]
    private static partial Regex ListRegex();

    [GeneratedRegex(@"^(?:move|change|reschedule|set|shift)\s+(?:my\s+|the\s+)?(?<target>.+?)\s+reminders?\s+(?:to|at|for)\s+(?<time>" + TimePattern + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex MoveRegex();

    [GeneratedRegex(@"^(?<verb>stop|pause|mute|disable|turn off|resume|restart|unpause|turn on|delete|remove|cancel)\s+(?:all\s+)?(?:my\s+|the\s+)?(?:all\s+)?(?<target>.+?)\s+reminders?$", RegexOptions.IgnoreCase)]
    private static partial Regex StateRegex();

    [GeneratedRegex(@"^stop reminding me (?:to |about )?(?<target>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex StopRemindingRegex();

    [GeneratedRegex(@"^(?:please\s+)?remind me\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RemindRegex();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?<ap>am|pm)?$")]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"\s*\bevery\s+(?<n>\d{1,2})\s+hours?(?:\s+from\s+(?<from>" + TimePattern + @")\s+(?:to|until|till)\s+(?<to>" + TimePattern + @"))?", RegexOptions.IgnoreCase)]
    private static partial Regex IntervalRegex();

    [GeneratedRegex(@"\s*\bat\s+(?<time>" + TimePattern + @")(?=\s|$|,)", RegexOptions.IgnoreCase)]
    private static partial Regex AtTimeRegex();

    [GeneratedRegex(@"\s*\b(?:every\s*day|everyday|each day|daily)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DailyRegex();

    [GeneratedRegex(@"\s*\b(?:every|on)\s+(?<which>weekdays?|weekends?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdaysRegex();

    [GeneratedRegex(@"\s*\b(?:every|on)\s+(?:(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?s?(?:\s*,\s*|\s+and\s+)?)+", RegexOptions.IgnoreCase)]
    private static partial Regex DaysRegex();

    [GeneratedRegex(@"\b(?:mon|tue|wed|thu|fri|sat|sun)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex DayNameRegex();

    [GeneratedRegex(@"\s*\b(?:today|tomorrow|tonight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayWordRegex();

    [GeneratedRegex(@"^(?:to|that|about)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingToRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
