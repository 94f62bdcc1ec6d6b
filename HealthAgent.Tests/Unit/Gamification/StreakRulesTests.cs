using HealthAgent.Core.Gamification;

namespace HealthAgent.Tests.Unit.Gamification;

public sealed class StreakRulesTests
{
    private static readonly DateOnly Day1 = new(2025, 3, 10);

    [Fact]
    public void RecordActivity_ConsecutiveDays_GrowsAndSameDayCountsOnce()
    {
        var streak = New();

        StreakRules.RecordActivity(streak, Day1).Should().Be(StreakChange.Started);
        StreakRules.RecordActivity(streak, Day1).Should().Be(StreakChange.None);
        StreakRules.RecordActivity(streak, Day1.AddDays(1)).Should().Be(StreakChange.Extended);
        StreakRules.RecordActivity(streak, Day1.AddDays(2));

        streak.Current.Should().Be(3);
        streak.Best.Should().Be(3);
    }

    [Fact]
    public void RecordActivity_AfterOneMissedDay_UsesAFreezeAndKeepsTheStreak()
    {
        var streak = Run(Day1, 3);

        var change = StreakRules.RecordActivity(streak, Day1.AddDays(4));

        change.Should().Be(StreakChange.FrozenAndExtended);
        streak.Current.Should().Be(4, "the frozen day keeps the streak but does not add to it");
        StreakRules.FreezesLeft(streak, Day1).Should().Be(1);
    }

    [Fact]
    public void RecordActivity_AfterTwoMissedDays_Restarts()
    {
        var streak = Run(Day1, 3);

        StreakRules.RecordActivity(streak, Day1.AddDays(5)).Should().Be(StreakChange.Restarted);

        streak.Current.Should().Be(1);
        streak.Best.Should().Be(3);
        StreakRules.FreezesLeft(streak, Day1).Should().Be(2, "a freeze only bridges a single missed day");
    }

    [Fact]
    public void DayEnd_ThirdMissInAMonth_BreaksAfterTwoFreezes()
    {
        var streak = Run(Day1, 2);                     // active 10, 11
        StreakRules.ApplyDayEnd(streak, new(2025, 3, 12)).Should().Be(StreakChange.Frozen);
        StreakRules.RecordActivity(streak, new(2025, 3, 13)).Should().Be(StreakChange.Extended);
        StreakRules.ApplyDayEnd(streak, new(2025, 3, 14)).Should().Be(StreakChange.Frozen);
        StreakRules.RecordActivity(streak, new(2025, 3, 15));

        StreakRules.ApplyDayEnd(streak, new(2025, 3, 16)).Should().Be(StreakChange.Broken);

        streak.Current.Should().Be(0);
        streak.Best.Should().Be(4);
        StreakRules.FreezesLeft(streak, new(2025, 3, 20)).Should().Be(0);
    }

    [Fact]
    public void DayEnd_OnTheFirstOfANewMonth_HasTwoFreshFreezes()
    {
        var streak = Run(new(2025, 3, 27), 2);         // 27, 28
        StreakRules.ApplyDayEnd(streak, new(2025, 3, 29));
        StreakRules.RecordActivity(streak, new(2025, 3, 30));
        StreakRules.ApplyDayEnd(streak, new(2025, 3, 31)).Should().Be(StreakChange.Frozen);
        StreakRules.FreezesLeft(streak, new(2025, 3, 31)).Should().Be(0);
        StreakRules.RecordActivity(streak, new(2025, 4, 1));

        StreakRules.ApplyDayEnd(streak, new(2025, 4, 2)).Should().Be(StreakChange.Frozen, "April's freezes are fresh");

        StreakRules.FreezesLeft(streak, new(2025, 4, 2)).Should().Be(1);
        streak.Current.Should().Be(4);
    }

    [Fact]
    public void DayEnd_SameDayTwice_IsIdempotent()
    {
        var streak = Run(Day1, 2);
        var missed = Day1.AddDays(2);

        StreakRules.ApplyDayEnd(streak, missed).Should().Be(StreakChange.Frozen);
        StreakRules.ApplyDayEnd(streak, missed).Should().Be(StreakChange.None);

        StreakRules.FreezesLeft(streak, missed).Should().Be(1);
        streak.Current.Should().Be(2);
    }

    [Fact]
    public void DayEnd_SecondMissedDayInARow_Breaks()
    {
        var streak = Run(Day1, 2);
        StreakRules.ApplyDayEnd(streak, Day1.AddDays(2)).Should().Be(StreakChange.Frozen);

        StreakRules.ApplyDayEnd(streak, Day1.AddDays(3)).Should().Be(StreakChange.Broken);

        streak.Current.Should().Be(0);
    }

    [Fact]
    public void DayEnd_ActiveDay_ChangesNothing()
    {
        var streak = Run(Day1, 2);

        StreakRules.ApplyDayEnd(streak, Day1.AddDays(1)).Should().Be(StreakChange.None);

        streak.Current.Should().Be(2);
    }

    [Fact]
    public void AsOf_UnsettledDays_ShowsTheStreakAsTheWorkerWould()
    {
        var streak = Run(Day1, 3);

        StreakRules.AsOf(streak, Day1.AddDays(3)).Current.Should().Be(3, "yesterday was active");
        StreakRules.AsOf(streak, Day1.AddDays(4)).Current.Should().Be(3, "one missed day is frozen");
        StreakRules.AsOf(streak, Day1.AddDays(5)).Current.Should().Be(0, "two missed days break it");
        streak.Current.Should().Be(3, "AsOf never changes the stored row");
    }

    private static Streak New() => new() { UserId = Guid.NewGuid(), Activity = StreakActivity.Any };

    private static Streak Run(DateOnly first, int days)
    {
        var streak = New();
        for (var i = 0; i < days; i++)
        {
            StreakRules.RecordActivity(streak, first.AddDays(i));
        }
        return streak;
    }
}
