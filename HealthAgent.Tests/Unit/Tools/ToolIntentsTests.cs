using HealthAgent.Agent.Offline;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Tools;

namespace HealthAgent.Tests.Unit.Tools;

/// <summary>The offline brain's tool syntax: <c>name = formula</c>, every name that is not a figure an input, in order.</summary>
public sealed class ToolIntentsTests
{
    [Theory]
    [InlineData("make me a tool protein_per_kg = Round(today_protein_g / body_weight_kg, 2)")]
    [InlineData("Create a tool called Protein_Per_Kg = Round(today_protein_g / body_weight_kg, 2)")]
    [InlineData("please build me a new tool: protein_per_kg=Round(today_protein_g / body_weight_kg, 2)")]
    public void ADefinition_IsDraftedWithItsInputs(string message)
    {
        var call = ToolIntents.Understand(message)!.Calls.Should().ContainSingle().Subject;

        call.Tool.Should().Be(AgentFunctions.ToolsDraft);
        call.Arguments["name"].Should().Be("protein_per_kg");
        call.Arguments["formula"].Should().Be("Round(today_protein_g / body_weight_kg, 2)");
        ((IEnumerable<ToolParameter>)call.Arguments["inputs"]!).Select(p => p.Name).Should().Equal("body_weight_kg");
    }

    [Fact]
    public void Inputs_FollowTheFormulasOrder_WithoutTheUsersFigures_AndOnlyOnce()
    {
        var call = ToolIntents.Draft("pace = minutes / km + 0 * weight_kg + minutes").Calls.Single();

        ((IEnumerable<ToolParameter>)call.Arguments["inputs"]!).Select(p => p.Name).Should().Equal("minutes", "km");
    }

    [Theory]
    [InlineData("make me a tool that computes my protein per kg")]
    [InlineData("create a tool")]
    public void ARequestWithoutAFormula_GetsTheSyntax(string message) =>
        ToolIntents.Understand(message)!.Reply.Should().Be(ToolIntents.Syntax);

    [Theory]
    [InlineData("x == 2")]
    [InlineData("= 2")]
    [InlineData("no formula here")]
    public void WhatIsNotNameEqualsFormula_GetsTheSyntax(string definition) =>
        ToolIntents.Draft(definition).Reply.Should().Be(ToolIntents.Syntax);

    [Fact]
    public void AnUnreadableFormula_IsStillDrafted_SoTheSandboxSaysWhatIsWrong()
    {
        var call = ToolIntents.Draft("leak = '/etc/passwd'").Calls.Single();

        call.Arguments["formula"].Should().Be("'/etc/passwd'");
        ((IEnumerable<ToolParameter>)call.Arguments["inputs"]!).Should().BeEmpty();
    }

    [Theory]
    [InlineData("delete my tool BMI", "bmi")]
    [InlineData("remove tool protein_per_kg.", "protein_per_kg")]
    public void DeletingATool_NamesIt(string message, string name) =>
        ToolIntents.Understand(message)!.Calls.Single().Arguments["name"].Should().Be(name);

    [Theory]
    [InlineData("delete the pizza")]
    [InlineData("2 eggs and toast")]
    [InlineData("remind me to drink water every 2 hours")]
    public void OtherMessages_AreNotAboutTools(string message) =>
        ToolIntents.Understand(message).Should().BeNull();
}
