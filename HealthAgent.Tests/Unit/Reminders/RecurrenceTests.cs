using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Tests.Unit.Reminders;

public sealed class RecurrenceTests
{
    // schedule, zone, after (UTC), expected next occurrences (UTC), why
    public static TheoryData<string, string, string, string[], string> Table => new()
    {
        { "daily 02:30", "Europe/Stockholm", "2025-03-29T12:00Z", ["2025-03-30T01:00Z", "2025-03-31T00:30Z"], "spring-forward gap: once, at 03:00 CEST" },
        { "daily 02:30", "Europe/Stockholm", "2025-10-25T12:00Z", ["2025-10-26T00:30Z", "2025-10-27T01:30Z"], "fall-back overlap: once, the first 02:30" },
        { "daily 09:00", "Europe/Stockholm", "2025-03-29T12:00Z", ["2025-03-30T07:00Z", "2025-03-31T07:00Z"], "09:00 moves from UTC+1 to UTC+2" },
        { "daily 02:30", "America/New_York", "2025-03-08T12:00Z", ["2025-03-09T07:00Z", "2025-03-10T06:30Z"], "gap: 03:00 EDT" },
        { "daily 01:30", "America/New_York", "2025-11-01T12:00Z", ["2025-11-02T05:30Z", "2025-11-03T06:30Z"], "overlap: 01:30 EDT only" },
        { "daily 02:15", "Australia/Lord_Howe", "2025-10-04T00:00Z", ["2025-10-04T15:30Z", "2025-10-05T15:15Z"], "30-minute gap: 02:30 LHDT" },
        { "daily 01:45", "Australia/Lord_Howe", "2025-04-05T00:00Z", ["2025-04-05T14:45Z", "2025-04-06T15:15Z"], "30-minute overlap: first 01:45 only" },
        { "daily 09:00", "Asia/Kathmandu", "2025-06-01T00:00Z", ["2025-06-01T03:15Z", "2025-06-02T03:15Z"], "+05:45" },
        { "weekly mon 08:00", "Asia/Kathmandu", "2025-06-01T00:00Z", ["2025-06-02T02:15Z", "2025-06-09T02:15Z"], "Mondays" },
        { "weekdays 07:00", "Europe/Stockholm", "2025-06-06T12:00Z", ["2025-06-09T05:00Z", "2025-06-10T05:00Z"], "Friday afternoon: next is Monday" },
        { "every 1h 00:00-04:00", "America/New_York", "2025-03-09T04:00Z", ["2025-03-09T05:00Z", "2025-03-09T06:00Z", "2025-03-09T07:00Z", "2025-03-09T08:00Z", "2025-03-10T04:00Z"], "02:00 and 03:00 both map to 03:00 EDT: fired once" },
        { "every 1h 00:00-02:00", "Europe/Stockholm", "2025-10-25T21:00Z", ["2025-10-25T22:00Z", "2025-10-25T23:00Z", "2025-10-26T00:00Z", "2025-10-26T23:00Z"], "fall-back: 02:00 CEST once" },
        { "cron 30 2 * * *", "Europe/Stockholm", "2025-10-25T12:00Z", ["2025-10-26T00:30Z", "2025-10-27T01:30Z"], "cron follows the same DST rules" },
        { "cron 0 9 * * 1-5", "Australia/Lord_Howe", "2025-10-03T12:00Z", ["2025-10-05T22:00Z", "2025-10-06T22:00Z"], "weekdays after the switch to +11" },
        { "cron 0 12 29 2 *", "UTC", "2025-01-01T00:00Z", ["2028-02-29T12:00Z"], "leap day" },
        { "once 2025-03-30 02:30", "Europe/Stockholm", "2025-03-01T00:00Z", ["2025-03-30T01:00Z"], "one-off in the gap" },
        { "once 2025-03-30 02:30", "Europe/Stockholm", "2025-04-01T00:00Z", [], "one-off in the past: none" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Upcoming_FollowsLocalTimeAcrossDst(string schedule, string zone, string after, string[] expected, string why)
    {
        var upcoming = Recurrence.Upcoming(Schedule(schedule), DateTimeOffset.Parse(after), TimeZoneInfo.FindSystemTimeZoneById(zone), expected.Length + 1);

        upcoming.Take(expected.Length).Should().Equal(expected.Select(e => DateTimeOffset.Parse(e)), why);
        upcoming.Should().OnlyHaveUniqueItems(why);
    }

    [Fact]
    public void Next_UserMovesFromStockholmToTokyo_FiresAtNineInTheNewZone()
    {
        var daily = ReminderSchedule.DailyAt(new TimeOnly(9, 0));
        var after = DateTimeOffset.Parse("2025-01-10T06:00Z");

        var stockholm = Recurrence.Next(daily, after, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        var tokyo = Recurrence.Next(daily, after, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));

        stockholm.Should().Be(DateTimeOffset.Parse("2025-01-10T08:00Z"));
        tokyo.Should().Be(DateTimeOffset.Parse("2025-01-11T00:00Z"), "09:00 had already passed in Tokyo on the 10th");
    }

    [Fact]
    public void Next_AfterEndDate_IsNull()
    {
        var daily = ReminderSchedule.DailyAt(new TimeOnly(9, 0));

        var next = Recurrence.Next(daily, DateTimeOffset.Parse("2025-01-10T10:00Z"), TimeZoneInfo.Utc, new DateOnly(2025, 1, 10));

        next.Should().BeNull("the end date's 09:00 has passed and no later day is allowed");
    }

    internal static ReminderSchedule Schedule(string text)
    {
        var parts = text.Split(' ');
        return parts[0] switch
        {
            "daily" => ReminderSchedule.DailyAt(TimeOnly.Parse(parts[1])),
            "weekdays" => ReminderSchedule.DailyAt(TimeOnly.Parse(parts[1]), WeekdaySet.Weekdays),
            "weekly" => new ReminderSchedule(ScheduleType.Weekly, TimeOnly.Parse(parts[2]), Weekdays: WeekdaySet.Of(DayOfWeek.Monday)),
            "every" => ReminderSchedule.Every(int.Parse(parts[1].TrimEnd('h')), TimeOnly.Parse(parts[2].Split('-')[0]), TimeOnly.Parse(parts[2].Split('-')[1])),
            "cron" => new ReminderSchedule(ScheduleType.Cron, Cron: string.Join(' ', parts[1..])),
            "once" => ReminderSchedule.OnceAt(DateOnly.Parse(parts[1]), TimeOnly.Parse(parts[2])),
            _ => throw new ArgumentException(text),
        };
    }
}
