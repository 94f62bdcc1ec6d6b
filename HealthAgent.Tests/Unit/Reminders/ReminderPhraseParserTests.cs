using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Parsing;
using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Tests.Unit.Reminders;

public sealed class ReminderPhraseParserTests
{
    // Wednesday 2025-06-11, 14:00 in Stockholm.
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2025-06-11T12:00Z");
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    [Theory]
    [InlineData("remind me to take vitamin D every day at 9", "Take vitamin D", ReminderKind.Medication, "09:00")]
    [InlineData("Remind me every day at 9pm to stretch", "Stretch", ReminderKind.Exercise, "21:00")]
    [InlineData("remind me daily at 7:30 am to eat breakfast", "Eat breakfast", ReminderKind.Meal, "07:30")]
    public void Parse_EveryDay_IsDaily(string text, string message, ReminderKind kind, string time)
    {
        var phrase = ReminderPhraseParser.Parse(text, Now, Zone)!;

        phrase.Should().Match<ReminderPhrase>(p => p.Intent == ReminderIntent.Create && p.Message == message && p.Kind == kind);
        phrase.Schedule.Should().Be(ReminderSchedule.DailyAt(TimeOnly.Parse(time)));
    }

    [Fact]
    public void Parse_TomorrowAtTime_IsOneOffTomorrow()
    {
        var phrase = ReminderPhraseParser.Parse("remind me tomorrow at 18:00 to call mum", Now, Zone)!;

        phrase.Message.Should().Be("Call mum");
        phrase.Schedule.Should().Be(ReminderSchedule.OnceAt(new DateOnly(2025, 6, 12), new TimeOnly(18, 0)));
    }

    [Theory]
    [InlineData("remind me to call the bank at 17", "2025-06-11")]
    [InlineData("remind me to call the bank at 9", "2025-06-12")]
    public void Parse_BareTime_IsTheNextSuchTime(string text, string date) =>
        ReminderPhraseParser.Parse(text, Now, Zone)!.Schedule!.Date.Should().Be(DateOnly.Parse(date));

    [Fact]
    public void Parse_WeekdaysAndNamedDays_SetTheMask()
    {
        ReminderPhraseParser.Parse("remind me to walk every weekday at 8:15", Now, Zone)!.Schedule
            .Should().Be(ReminderSchedule.DailyAt(new TimeOnly(8, 15), WeekdaySet.Weekdays));
        ReminderPhraseParser.Parse("remind me to go to the gym on mondays and fridays at 7pm", Now, Zone)!.Schedule
            .Should().Be(new ReminderSchedule(ScheduleType.Weekly, new TimeOnly(19, 0), Weekdays: WeekdaySet.Of(DayOfWeek.Monday, DayOfWeek.Friday)));
    }

    [Fact]
    public void Parse_EveryNHoursInWindow_IsInterval()
    {
        var phrase = ReminderPhraseParser.Parse("remind me to drink water every 2 hours from 9 to 21", Now, Zone)!;

        phrase.Message.Should().Be("Drink water");
        phrase.Kind.Should().Be(ReminderKind.Water);
        phrase.Schedule.Should().Be(ReminderSchedule.Every(2, new TimeOnly(9, 0), new TimeOnly(21, 0)));
    }

    [Theory]
    [InlineData("what reminders do I have?", ReminderIntent.List, null, null)]
    [InlineData("list my reminders", ReminderIntent.List, null, null)]
    [InlineData("move my vitamin reminder to 8:30", ReminderIntent.UpdateTime, "vitamin", "08:30")]
    [InlineData("stop the water reminders", ReminderIntent.Pause, "water", null)]
    [InlineData("resume my water reminder", ReminderIntent.Resume, "water", null)]
    [InlineData("delete the call mum reminder", ReminderIntent.Delete, "call mum", null)]
    [InlineData("stop reminding me to drink water", ReminderIntent.Pause, "drink water", null)]
    public void Parse_ManagementPhrases(string text, ReminderIntent intent, string? target, string? time)
    {
        var phrase = ReminderPhraseParser.Parse(text, Now, Zone)!;

        phrase.Intent.Should().Be(intent);
        phrase.Target.Should().Be(target);
        phrase.NewTime.Should().Be(time is null ? null : TimeOnly.Parse(time));
    }

    [Theory]
    [InlineData("I had two eggs")]
    [InlineData("remind me to stretch")]
    [InlineData("remind me at 25:00 to stretch")]
    [InlineData("")]
    public void Parse_NotAReminderOrNoTime_IsNull(string text) => ReminderPhraseParser.Parse(text, Now, Zone).Should().BeNull();
}
