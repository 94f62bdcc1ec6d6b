using System.Text.Json;
using HealthAgent.Core.Common;
using HealthAgent.Core.Tracking;

namespace HealthAgent.Tests.Unit.Tracking;

public sealed class CustomTrackerValidatorTests
{
    private static readonly IReadOnlyList<CustomField> Fields = CustomTrackerValidator.ValidateDefinition(new DefineTracker("Day",
    [
        new CustomField("steps", CustomFieldType.Number, Unit: "steps", Min: 0, Max: 100_000),
        new CustomField("energy", CustomFieldType.Scale, Min: 1, Max: 5),
        new CustomField("meditated", CustomFieldType.YesNo),
        new CustomField("notes", CustomFieldType.Text, MaxLength: 10, Required: false),
        new CustomField("weather", CustomFieldType.Choice, Options: ["Sunny", "Rainy"]),
    ]));

    [Fact]
    public void ValidateEntry_GoodValues_NormalizesThem()
    {
        var json = CustomTrackerValidator.ValidateEntry(Fields, Values("""{"STEPS": 8000.5, "energy": 4, "meditated": "yes", "notes": " calm ", "weather": "sunny"}"""));

        json.Should().Be("""{"steps":8000.5,"energy":4,"meditated":true,"notes":"calm","weather":"Sunny"}""");
    }

    [Theory]
    [InlineData("""{"steps": -1}""", "values.steps")]
    [InlineData("""{"steps": "many"}""", "values.steps")]
    [InlineData("""{"energy": 6}""", "values.energy")]
    [InlineData("""{"energy": 2.5}""", "values.energy")]
    [InlineData("""{"meditated": "maybe"}""", "values.meditated")]
    [InlineData("""{"notes": "far too long text"}""", "values.notes")]
    [InlineData("""{"weather": "Snowy"}""", "values.weather")]
    [InlineData("""{"mood": 3}""", "values.mood")]
    public void ValidateEntry_BadValue_NamesTheField(string overrides, string field)
    {
        var values = Values("""{"steps": 1, "energy": 3, "meditated": false, "weather": "Rainy"}""")
            .Concat(Values(overrides)).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);

        var act = () => CustomTrackerValidator.ValidateEntry(Fields, values);

        act.Should().Throw<DomainValidationException>().Which.Errors.Should().ContainKey(field).And.HaveCount(1);
    }

    [Fact]
    public void ValidateEntry_MissingRequiredFields_NamesEachOne()
    {
        var act = () => CustomTrackerValidator.ValidateEntry(Fields, Values("""{"notes": "ok"}"""));

        act.Should().Throw<DomainValidationException>().Which.Errors.Keys
            .Should().BeEquivalentTo("values.steps", "values.energy", "values.meditated", "values.weather");
    }

    [Fact]
    public void ValidateDefinition_BadFields_NamesEachOne()
    {
        var act = () => CustomTrackerValidator.ValidateDefinition(new DefineTracker(" ",
        [
            new CustomField("a", CustomFieldType.Scale, Min: 5, Max: 1),
            new CustomField("A", CustomFieldType.Choice, Options: []),
            new CustomField("b", CustomFieldType.Number, Min: 10, Max: 1),
            new CustomField("c", CustomFieldType.Text, MaxLength: 0),
        ]));

        act.Should().Throw<DomainValidationException>().Which.Errors.Keys.Should().BeEquivalentTo(
            "name", "fields[0].min", "fields[1].name", "fields[1].options", "fields[2].max", "fields[3].maxLength");
    }

    private static Dictionary<string, JsonElement> Values(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}
