using HealthAgent.Core.Goals;
using HealthAgent.Core.Users;

namespace HealthAgent.Tests.Unit.Goals;

public sealed class CalorieGoalTests
{
    [Theory]
    [InlineData(Sex.Male, 30, 180, 80, 1780)]      // 800 + 1125 − 150 + 5
    [InlineData(Sex.Female, 30, 165, 60, 1320.25)] // 600 + 1031.25 − 150 − 161
    [InlineData(Sex.Other, 40, 170, 70, 1484.5)]   // 700 + 1062.5 − 200 − 78
    public void BasalMetabolicRate_FollowsMifflinStJeor(Sex sex, int age, int height, int weight, double expected) =>
        CalorieGoal.BasalMetabolicRate(sex, age, height, weight).Should().BeApproximately(expected, 0.001);

    [Theory]
    [InlineData(ActivityLevel.Sedentary, 2140)]
    [InlineData(ActivityLevel.Light, 2450)]
    [InlineData(ActivityLevel.Moderate, 2760)]
    [InlineData(ActivityLevel.Active, 3070)]
    [InlineData(ActivityLevel.VeryActive, 3380)]
    public void Maintenance_AppliesTheActivityFactor(ActivityLevel level, int expected) =>
        CalorieGoal.Maintenance(Sex.Male, 30, 180, 80, level).Should().Be(expected);

    [Fact]
    public void Suggest_TowardsALowerTarget_Subtracts500_ButNeverGoesBelow1200()
    {
        CalorieGoal.Suggest(Sex.Male, 30, 180, 80, ActivityLevel.Moderate, 75).Should().Be(2260);
        CalorieGoal.Suggest(Sex.Female, 80, 150, 45, ActivityLevel.Sedentary, 40).Should().Be(1200);
    }

    [Fact]
    public void Suggest_TowardsAHigherTarget_Adds300_AndKeepsWeightAtMaintenance()
    {
        CalorieGoal.Suggest(Sex.Male, 30, 180, 80, ActivityLevel.Moderate, 85).Should().Be(3060);
        CalorieGoal.Suggest(Sex.Male, 30, 180, 80, ActivityLevel.Moderate, 80.2m).Should().Be(2760);
        CalorieGoal.Suggest(Sex.Male, 30, 180, 80, ActivityLevel.Moderate, null).Should().Be(2760);
    }
}
