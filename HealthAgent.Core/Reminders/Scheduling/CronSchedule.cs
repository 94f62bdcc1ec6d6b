namespace HealthAgent.Core.Reminders.Scheduling;

/// <summary>
/// A five-field cron expression (minute hour day-of-month month day-of-week) evaluated over local wall-clock time.
/// Fields take <c>*</c>, numbers, ranges <c>a-b</c>, steps <c>*/n</c> and <c>a-b/n</c>, and comma lists; day-of-week
/// is 0–7 with 0 and 7 both Sunday. As in Vixie cron, when both day fields are restricted a day matching either fires.
/// </summary>
/// <remarks>
/// Our own rather than Quartz's <c>CronExpression</c>: Quartz wants six or seven fields and resolves DST itself,
/// while every HealthAgent schedule must map wall-clock times to instants through <see cref="Time.ZonedTime"/>.
/// </remarks>
public sealed class CronSchedule
{
    private readonly bool[] _minutes;
    private readonly bool[] _hours;
    private readonly bool[] _daysOfMonth;
    private readonly bool[] _months;
    private readonly bool[] _daysOfWeek;
    private readonly bool _anyDayOfMonth;
    private readonly bool _anyDayOfWeek;

    private CronSchedule(string[] fields)
    {
        _minutes = Field(fields[0], 0, 59, "minute");
        _hours = Field(fields[1], 0, 23, "hour");
        _daysOfMonth = Field(fields[2], 1, 31, "day of month");
        _months = Field(fields[3], 1, 12, "month");
        var week = Field(fields[4], 0, 7, "day of week");
        week[0] |= week[7];
        _daysOfWeek = week[..7];
        _anyDayOfMonth = fields[2] == "*";
        _anyDayOfWeek = fields[4] == "*";
    }

    /// <summary>Parses <paramref name="expression"/>.</summary>
    /// <exception cref="FormatException">It is not a valid five-field expression.</exception>
    public static CronSchedule Parse(string expression)
    {
        var fields = (expression ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
        {
            throw new FormatException("A cron expression has five fields: minute hour day-of-month month day-of-week.");
        }
        return new CronSchedule(fields);
    }

    /// <summary>Whether <paramref name="expression"/> parses; <paramref name="error"/> says why not.</summary>
    public static bool TryParse(string? expression, out CronSchedule? schedule, out string? error)
    {
        try
        {
            schedule = Parse(expression ?? "");
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            schedule = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Whether the expression fires on local <paramref name="date"/> at all.</summary>
    public bool MatchesDate(DateOnly date)
    {
        if (!_months[date.Month])
        {
            return false;
        }
        var dom = _daysOfMonth[date.Day];
        var dow = _daysOfWeek[(int)date.DayOfWeek];
        return (_anyDayOfMonth, _anyDayOfWeek) switch
        {
            (true, true) => true,
            (true, false) => dow,
            (false, true) => dom,
            _ => dom || dow,
        };
    }

    /// <summary>The local times on a matching day, in order.</summary>
    public IEnumerable<TimeOnly> TimesOfDay()
    {
        for (var h = 0; h < 24; h++)
        {
            if (!_hours[h])
            {
                continue;
            }
            for (var m = 0; m < 60; m++)
            {
                if (_minutes[m])
                {
                    yield return new TimeOnly(h, m);
                }
            }
        }
    }

    private static bool[] Field(string text, int min, int max, string name)
    {
        var set = new bool[max + 1];
        foreach (var part in text.Split(','))
        {
            var (range, step) = part.Split('/') switch
            {
                [var r] => (r, 1),
                [var r, var s] when int.TryParse(s, out var n) && n > 0 => (r, n),
                _ => throw new FormatException($"Bad step in the {name} field: '{part}'."),
            };
            int from, to;
            if (range == "*")
            {
                (from, to) = (min, max);
            }
            else if (range.Split('-') is [var a, var b] && int.TryParse(a, out from) && int.TryParse(b, out to))
            {
            }
            else if (int.TryParse(range, out from))
            {
                to = step > 1 ? max : from;
            }
            else
            {
                throw new FormatException($"Bad value in the {name} field: '{part}'.");
            }
            if (from < min || to > max || from > to)
            {
                throw new FormatException($"The {name} field must be within {min}-{max}: '{part}'.");
            }
            for (var v = from; v <= to; v += step)
            {
                set[v] = true;
            }
        }
        return set;
    }
}
