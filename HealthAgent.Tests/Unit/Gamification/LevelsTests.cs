using HealthAgent.Core.Gamification;

namespace HealthAgent.Tests.Unit.Gamification;

public sealed class LevelsTests
{
    [Theory]
    [InlineData(0, 1, Tier.Bronze, 0, 100)]
    [InlineData(99, 1, Tier.Bronze, 99, 100)]
    [InlineData(100, 2, Tier.Bronze, 0, 100)]
    [InlineData(499, 5, Tier.Bronze, 99, 100)]
    [InlineData(500, 6, Tier.Silver, 0, 200)]
    [InlineData(501, 6, Tier.Silver, 1, 200)]
    [InlineData(699, 6, Tier.Silver, 199, 200)]
    [InlineData(700, 7, Tier.Silver, 0, 200)]
    [InlineData(2499, 15, Tier.Silver, 199, 200)]
    [InlineData(2500, 16, Tier.Gold, 0, 500)]
    [InlineData(9999, 30, Tier.Gold, 499, 500)]
    [InlineData(10000, 31, Tier.Platinum, 0, 1000)]
    [InlineData(10999, 31, Tier.Platinum, 999, 1000)]
    [InlineData(11000, 32, Tier.Platinum, 0, 1000)]
    public void Progress_AtTotalXp_GivesLevelTierAndProgress(int xp, int level, Tier tier, int into, int span)
    {
        var progress = Levels.Progress(xp);

        progress.Should().Be(new LevelProgress(xp, level, tier, into, span), $"{xp} XP");
        progress.XpToNextLevel.Should().Be(span - into);
    }

    [Theory]
    [InlineData(5, 6, 500)]
    [InlineData(15, 16, 2500)]
    [InlineData(30, 31, 10000)]
    public void XpToReach_AtBandEdges_MatchesTheCurve(int from, int to, int xp)
    {
        (Levels.XpToReach(to) - Levels.XpToReach(from)).Should().Be(Levels.CostOf(from));
        Levels.XpToReach(to).Should().Be(xp);
        Levels.LevelFor(xp - 1).Should().Be(from);
        Levels.LevelFor(xp).Should().Be(to);
    }

    [Fact]
    public void LevelFor_EveryXpUpTo20000_IsInverseOfXpToReach()
    {
        for (var xp = 0; xp <= 20_000; xp += 7)
        {
            var level = Levels.LevelFor(xp);
            xp.Should().BeInRange(Levels.XpToReach(level), Levels.XpToReach(level + 1) - 1, $"level {level} spans it");
        }
    }

    [Theory]
    [InlineData(ActivityKind.Meal, 5)]
    [InlineData(ActivityKind.Weight, 10)]
    [InlineData(ActivityKind.CustomTracker, 10)]
    [InlineData(ActivityKind.ReminderDone, 10)]
    [InlineData(ActivityKind.ReminderDoneOnTime, 15)]
    [InlineData(ActivityKind.DailyGoalMet, 20)]
    public void XpFor_EachKind_PaysTheRule(ActivityKind kind, int xp) => XpRules.XpFor(kind).Should().Be(xp);

    [Fact]
    public void AchievementCatalog_HasAtLeast15_WithUniqueCodesAndTriggers()
    {
        AchievementCatalog.All.Should().HaveCountGreaterThanOrEqualTo(15);
        AchievementCatalog.All.Select(a => a.Code).Should().OnlyHaveUniqueItems();
        AchievementCatalog.All.Should().OnlyContain(a => a.Trigger.Length > 0 && a.Threshold > 0);
    }
}
