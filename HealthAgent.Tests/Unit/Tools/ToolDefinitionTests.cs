using HealthAgent.Agent.Tools;

namespace HealthAgent.Tests.Unit.Tools;

/// <summary>A tool's definition is checked field by field against <see cref="ToolRules"/>, the formula by the sandbox.</summary>
public sealed class ToolDefinitionTests
{
    private static readonly ToolParameter Weight = new("body_weight_kg", "your weight");

    [Fact]
    public void ProteinPerKg_OverAnInputAndAFigure_MayBeSaved()
    {
        var tool = new ToolDefinition("protein_per_kg", "Protein eaten today per kg of body weight.", [Weight], "Round([today_protein_g] / [body_weight_kg], 2)");

        tool.Problems().Should().BeEmpty();
    }

    [Fact]
    public void EachBrokenRule_IsNamedByItsField()
    {
        var inputs = Enumerable.Range(0, ToolRules.MaxParameters + 1).Select(i => new ToolParameter($"x{i}", null)).ToList();

        new ToolDefinition("Protein!", "", inputs, "1").Problems().Keys.Should().BeEquivalentTo(["name", "description", "parameters"]);
        new ToolDefinition("t", "d", [new("Bad Name", null), new(new string('a', ToolRules.MaxNameLength + 1), null), new("x", null), new("x", null), new("weight_kg", null)], "1")
            .Problems().Keys.Should().BeEquivalentTo(["parameters[0].name", "parameters[1].name", "parameters[3].name", "parameters[4].name"]);
    }

    [Theory]
    [InlineData("[unknown] * 2", "unknown")]
    [InlineData("Exec([body_weight_kg])", "Exec")]
    [InlineData("'text'", "numbers, names")]
    public void AFormulaTheSandboxRefuses_IsAProblemOfTheFormula(string formula, string mentioned)
    {
        var problems = new ToolDefinition("t", "d", [Weight], formula).Problems();

        problems.Should().ContainKey("formula");
        problems["formula"].Should().Contain(mentioned);
    }

    [Fact]
    public void TheFigures_AreValidNames_ThatNoInputMayShadow()
    {
        var refused = ToolFigures.All.Keys.Where(name => new ToolDefinition("t", "d", Array.Empty<ToolParameter>(), $"[{name}]").Problems().Count > 0);

        refused.Should().BeEmpty();
    }
}
