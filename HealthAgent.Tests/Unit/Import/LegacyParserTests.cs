using HealthAgent.Core.Measurements;
using HealthAgent.Core.Import;
using HealthAgent.Core.Memory;

namespace HealthAgent.Tests.Unit.Import;

/// <summary>The legacy files' lines, one rule at a time (docs/memory-import.md, "The mapping").</summary>
public sealed class LegacyParserTests
{
    private static ImportPlan Parse(string file, string text) =>
        LegacyParser.Parse(new LegacyFolder(1, [new LegacyFile(file, "", text.Length, DateTimeOffset.UnixEpoch, true, text, null)]));

    [Theory]
    [InlineData("1.80 m", 180)]
    [InlineData("180", 180)]
    [InlineData("180 cm", 180)]
    [InlineData("1,68", 168)]
    [InlineData("5'11\"", 180.3)]
    [InlineData("5 ft 11 in", 180.3)]
    [InlineData("71 in", 180.3)]
    public void Heights_AreReadInCentimetres(string text, double cm) => Units.HeightCm(text).Should().Be((decimal)cm);

    [Theory]
    [InlineData("tall")]
    [InlineData("20 cm")]
    [InlineData("300")]
    [InlineData("180 kg")]
    public void WhatIsNotAHeight_IsNone(string text) => Units.HeightCm(text).Should().BeNull();

    [Theory]
    [InlineData("72 kg", 72)]
    [InlineData("72,5", 72.5)]
    [InlineData("158 lb", 71.67)]
    [InlineData("80kg", 80)]
    public void Weights_AreReadInKilograms(string text, double kg) => Units.WeightKg(text).Should().Be((decimal)kg);

    [Theory]
    [InlineData("heavy")]
    [InlineData("1000")]
    [InlineData("72 m")]
    public void WhatIsNotAWeight_IsNone(string text) => Units.WeightKg(text).Should().BeNull();

    [Theory]
    [InlineData("1990", 1990)]
    [InlineData("born 1985", 1985)]
    [InlineData("34", null)]
    [InlineData("1850", null)]
    public void OnlyAYear_IsABirthYear(string text, int? year) => Units.BirthYear(text).Should().Be(year);

    [Fact]
    public void ATemplateHint_IsNotPartOfTheValue_ButAnUpdateIsTakenAsWritten()
    {
        var plan = Parse("preferences.md", "## Style\n- Tone: formal  # friendly, formal, casual\n## Notes\n- **coaching style**: tough # no excuses\n");

        plan.Memories.Select(m => m.Content).Should().BeEquivalentTo(["Preferred coaching style: tough # no excuses", "Preferred tone: formal"]);
    }

    [Theory]
    [InlineData("(No patterns observed yet)")]
    [InlineData("- (none yet)")]
    [InlineData("[describe your goal]")]
    [InlineData("- n/a")]
    [InlineData("TBD")]
    [InlineData("…")]
    public void Placeholders_AreSkipped(string line) =>
        Parse("patterns.md", $"## Observed Patterns\n{line}\n").Skipped.Should().ContainSingle().Which.Reason.Should().Be("placeholder");

    [Fact]
    public void BoldFields_AreReadWithTheColonInsideOrOutside_AndAnywhereInTheFile()
    {
        var plan = Parse("patterns.md", "# Behavioral Patterns\n- **Likes:** mango\n## Observed Patterns\n- **dislikes**: olives\n");

        plan.Memories.Select(m => (m.Category, m.Content)).Should().BeEquivalentTo([(MemoryCategory.Diet, "Likes: mango"), (MemoryCategory.Diet, "Dislikes: olives")]);
    }

    [Fact]
    public void FreeText_TakesItsSectionsKind_AndAnUnknownSectionNamesItself()
    {
        var plan = Parse("patterns.md", "## Exercise Patterns\nCycles to work\n## Sleep\n- Goes to bed late\n");

        plan.Memories.Select(m => (m.Category, m.Content)).Should().Equal((MemoryCategory.Routine, "Exercise: Cycles to work"), (MemoryCategory.Other, "Sleep: Goes to bed late"));
    }

    [Fact]
    public void AValueAFactCannotHold_IsKeptAsAMemory_AndNeedsAttention()
    {
        var plan = Parse("preferences.md", "- **timezone**: Berlin time\n- **height**: tall\n");

        plan.Facts.Should().BeEmpty();
        plan.Memories.Select(m => m.Content).Should().Equal("Time zone: Berlin time", "Height: tall");
        plan.Attention.Should().HaveCount(2).And.OnlyContain(a => a.Problem.EndsWith("kept as a memory", StringComparison.Ordinal));
    }

    [Fact]
    public void ANoteLongerThanAMemory_IsKeptWhole_InNumberedParts()
    {
        var words = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"word{i}"));

        var parts = Parse("profile.md", $"## Notes\n{words}\n").Memories.Select(m => m.Content).ToList();

        parts.Should().HaveCount(4).And.OnlyContain(p => p.Length <= MemoryService.MaxContentLength);
        string.Join(' ', parts.Select(p => p[..p.LastIndexOf(" (", StringComparison.Ordinal)])).Should().Be(words);
        parts[^1].Should().EndWith("(4/4)");
    }

    [Fact]
    public void WindowsLineEndingsAndABom_AreRead()
    {
        var plan = Parse("preferences.md", "\uFEFF## Notes\r\n- **timezone**: America/Argentina/Buenos_Aires\r\n");

        plan.Facts.Should().ContainSingle().Which.Value.Should().Be("America/Argentina/Buenos_Aires");
    }
}
