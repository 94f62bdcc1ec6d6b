using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Tests.Unit.Reminders;

public sealed class CronScheduleTests
{
    [Theory]
    [InlineData("*/15 9-10 * * *", "09:00,09:15,09:30,09:45,10:00,10:15,10:30,10:45")]
    [InlineData("0,30 8 * * *", "08:00,08:30")]
    [InlineData("5 7/6 * * *", "07:05,13:05,19:05")]
    public void TimesOfDay_ExpandsListsRangesAndSteps(string expression, string times) =>
        CronSchedule.Parse(expression).TimesOfDay().Select(t => t.ToString("HH:mm")).Should().Equal(times.Split(','));

    [Fact]
    public void MatchesDate_BothDayFieldsRestricted_EitherMatches()
    {
        var cron = CronSchedule.Parse("0 9 1 * 0");    // the 1st of the month, or a Sunday

        cron.MatchesDate(new DateOnly(2025, 6, 1)).Should().BeTrue();
        cron.MatchesDate(new DateOnly(2025, 6, 8)).Should().BeTrue("a Sunday");
        cron.MatchesDate(new DateOnly(2025, 6, 9)).Should().BeFalse();
        CronSchedule.Parse("0 9 * * 7").MatchesDate(new DateOnly(2025, 6, 8)).Should().BeTrue("7 is Sunday too");
    }

    [Theory]
    [InlineData("0 9 * *")]
    [InlineData("60 9 * * *")]
    [InlineData("0 9 * * mon")]
    [InlineData("0 9-7 * * *")]
    [InlineData("*/0 9 * * *")]
    public void TryParse_Invalid_SaysWhy(string expression)
    {
        CronSchedule.TryParse(expression, out var schedule, out var error).Should().BeFalse();
        schedule.Should().BeNull();
        error.Should().NotBeNullOrEmpty();
    }
}
