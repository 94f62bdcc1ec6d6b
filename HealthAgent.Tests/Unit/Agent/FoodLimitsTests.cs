using System.Runtime.CompilerServices;
using System.Text.Json;
using FluentValidation.TestHelper;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Plugins.Food;
using HealthAgent.Api.Contracts;
using HealthAgent.Api.Validation;
using HealthAgent.Core.Food;

namespace HealthAgent.Tests.Unit.Agent;

/// <summary>One rule per food limit: the food_log function schema and the REST validator say what FoodRules says.</summary>
public sealed class FoodLimitsTests
{
    // The schema does not depend on the plugin's services, so an instance without them is enough to read it.
    private static readonly JsonElement Schema = PluginFactory.Create(FoodPlugin.Name, RuntimeHelpers.GetUninitializedObject(typeof(FoodPlugin)))["log"].JsonSchema;

    [Fact]
    public void FoodLogSchema_AnnouncesTheLimitsOfFoodRules()
    {
        var properties = Schema.GetProperty("properties");
        var item = properties.GetProperty("items").GetProperty("items").GetProperty("properties");

        properties.GetProperty("text").GetProperty("maxLength").GetInt32().Should().Be(FoodRules.MaxTextLength);
        properties.GetProperty("items").GetProperty("maxItems").GetInt32().Should().Be(FoodRules.MaxItems);
        item.GetProperty("name").GetProperty("maxLength").GetInt32().Should().Be(FoodRules.MaxItemNameLength);
        item.GetProperty("unit").GetProperty("maxLength").GetInt32().Should().Be(FoodRules.MaxUnitLength);
        item.GetProperty("quantity").GetProperty("maximum").GetDouble().Should().Be(FoodRules.MaxQuantity);
        item.GetProperty("grams").GetProperty("maximum").GetDouble().Should().Be(FoodRules.MaxItemGrams);
    }

    [Fact]
    public void RestValidator_AcceptsExactlyTheLimitAndRejectsOneMore()
    {
        var validator = new LogFoodRequestValidator();
        FoodItemRequest Item() => new("egg", 1, "piece", 50, 70, 6, 0, 5, null, null, null, null, null, null);

        validator.TestValidate(Request(text: new string('a', FoodRules.MaxTextLength))).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(Request(text: new string('a', FoodRules.MaxTextLength + 1))).ShouldHaveValidationErrorFor(r => r.Text);
        validator.TestValidate(Request(items: [.. Enumerable.Range(0, FoodRules.MaxItems).Select(_ => Item())])).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(Request(items: [.. Enumerable.Range(0, FoodRules.MaxItems + 1).Select(_ => Item())])).ShouldHaveValidationErrorFor(r => r.Items);
    }

    private static LogFoodRequest Request(string? text = null, IReadOnlyList<FoodItemRequest>? items = null) =>
        new(items is null ? text : null, items, null, null, null, null);
}
