using HealthAgent.Agent.Tools;

namespace HealthAgent.Tests.Unit.Tools;

/// <summary>What a user's formula can do: arithmetic over its inputs and the user's own figures, nothing else.</summary>
public sealed class FormulaSandboxTests
{
    private static readonly Dictionary<string, double> Ada = new() { ["protein_g"] = 120, ["weight_kg"] = 80, ["today_kcal"] = 1850, ["goal_kcal"] = 2000 };

    [Theory]
    [InlineData("Round([protein_g] / [weight_kg], 2)", 1.5)]
    [InlineData("protein_g / weight_kg", 1.5)]
    [InlineData("if([today_kcal] > [goal_kcal], [today_kcal] - [goal_kcal], 0)", 0)]
    [InlineData("Max(0, [goal_kcal] - [today_kcal])", 150)]
    [InlineData("[today_kcal] <= [goal_kcal]", 1)]
    [InlineData("Sqrt(Pow(3, 2) + Pow(4, 2))", 5)]
    [InlineData("10 % 3", 1)]
    public void AFormula_OverItsInputs_GivesItsNumber(string formula, double expected)
    {
        var outcome = FormulaSandbox.Run(formula, Ada);

        outcome.Succeeded.Should().BeTrue(outcome.Message);
        outcome.Value.Should().BeApproximately(expected, 1e-9);
        outcome.Duration.Should().BeLessThan(ToolRules.MaxEvaluationTime);
    }

    [Fact]
    public void Check_NamesTheFirstUnknownName_WithoutRunning()
    {
        var outcome = FormulaSandbox.Check("[protein_g] / [body_weight]", ["protein_g", "weight_kg"]);

        outcome.Refusal.Should().Be(SandboxRefusal.UnknownName);
        outcome.Message.Should().Contain("body_weight");
        outcome.Value.Should().BeNull();
    }

    [Fact]
    public void Runs_ShareNothing_NotEvenTheNamesOfAnEarlierRun()
    {
        FormulaSandbox.Run("[secret] * 2", new Dictionary<string, double> { ["secret"] = 21 }).Value.Should().Be(42);

        FormulaSandbox.Run("[secret] * 2", Ada).Refusal.Should().Be(SandboxRefusal.UnknownName);
    }

    [Fact]
    public async Task ConcurrentRuns_OfDifferentUsers_KeepTheirOwnValues()
    {
        var results = await Task.WhenAll(Enumerable.Range(1, 64).Select(i => Task.Run(() =>
            (Expected: i * 2.0, Actual: FormulaSandbox.Run("[x] * 2", new Dictionary<string, double> { ["x"] = i }).Value))));

        results.Should().OnlyContain(r => r.Actual == r.Expected);
    }
}
