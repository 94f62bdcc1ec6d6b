using HealthAgent.Core.Tracking;

namespace HealthAgent.Tests.Unit.Tracking;

public sealed class ExerciseCaloriesTests
{
    [Theory]
    [InlineData("running", ExerciseIntensity.Moderate, 30, 80, 392)]   // 9.8 × 80 × 0.5
    [InlineData("Walking", ExerciseIntensity.Low, 60, 70, 196)]        // 2.8 × 70 × 1
    [InlineData("cycling", ExerciseIntensity.High, 45, 90, 675)]       // 10 × 90 × 0.75
    [InlineData("underwater hockey", ExerciseIntensity.Moderate, 60, 70, 315)]  // general 4.5 × 70 × 1
    public void Estimate_MetTimesWeightTimesHours(string type, ExerciseIntensity intensity, int minutes, int weightKg, int kcal) =>
        ExerciseCalories.Estimate(type, intensity, minutes, weightKg).Should().Be(kcal);

    [Fact]
    public void MetOf_HigherIntensity_IsNeverLower()
    {
        foreach (var type in new[] { "walking", "running", "yoga", "other" })
        {
            ExerciseCalories.MetOf(type, ExerciseIntensity.Low).Should().BeLessThan(ExerciseCalories.MetOf(type, ExerciseIntensity.Moderate));
            ExerciseCalories.MetOf(type, ExerciseIntensity.Moderate).Should().BeLessThan(ExerciseCalories.MetOf(type, ExerciseIntensity.High));
        }
    }
}
