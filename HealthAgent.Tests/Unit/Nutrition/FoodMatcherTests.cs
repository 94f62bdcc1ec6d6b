using HealthAgent.Core.Nutrition;
using HealthAgent.Core.Nutrition.Matching;
using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Tests.Unit.Nutrition;

public sealed class FoodMatcherTests
{
    private static FoodMatchResult Match(string name) => NutritionTestData.Matcher.Match(name);

    [Theory]
    [InlineData("banana", "banana", MatchKind.ExactName)]
    [InlineData("chicken breast", "chicken breast", MatchKind.ExactName)]
    [InlineData("Greek Yogurt", "greek yogurt", MatchKind.ExactName)]
    [InlineData("courgette", "zucchini", MatchKind.ExactAlias)]
    [InlineData("coke", "cola", MatchKind.ExactAlias)]
    [InlineData("aubergine", "eggplant", MatchKind.ExactAlias)]
    [InlineData("bananas", "banana", MatchKind.Normalized)]
    [InlineData("steaks", "sirloin steak", MatchKind.Normalized)]
    [InlineData("strawberry", "strawberries", MatchKind.ExactAlias)]
    [InlineData("peaches", "peach", MatchKind.ExactAlias)]
    [InlineData("chiken breast", "chicken breast", MatchKind.Fuzzy)]
    [InlineData("brocoli", "broccoli", MatchKind.Fuzzy)]
    [InlineData("avacado", "avocado", MatchKind.Fuzzy)]
    [InlineData("spagheti", "pasta", MatchKind.Fuzzy)]
    [InlineData("grilled salmon fillet", "salmon", MatchKind.Fuzzy)]
    public void Match_Name_FindsFood(string name, string expected, MatchKind kind)
    {
        var result = Match(name);

        result.Best.Should().NotBeNull($"'{name}' should match a food");
        result.Best!.Food.Name.Should().Be(expected);
        result.Best.Kind.Should().Be(kind);
        result.IsConfident.Should().BeTrue($"'{name}' matched with confidence {result.Best.Confidence}");
    }

    [Fact]
    public void Match_ConfidenceOrdersExactAliasPluralTypoPartial()
    {
        var exact = Match("banana").Best!.Confidence;
        var alias = Match("courgette").Best!.Confidence;
        var plural = Match("bananas").Best!.Confidence;
        var typo = Match("chiken breast").Best!.Confidence;
        var partial = Match("chicken").Best!.Confidence;

        exact.Should().Be(1.0);
        alias.Should().BeLessThan(exact).And.BeGreaterThan(plural);
        plural.Should().BeGreaterThan(typo);
        typo.Should().BeGreaterThan(partial);
    }

    [Fact]
    public void Match_PartialName_PrefersCommonFoodOverObscureOne()
    {
        var profile = new NutrientProfile(100, 10, 0, 5, 0, 0, 50);
        var portions = new Dictionary<string, double> { ["piece"] = 100 };
        var table = new FoodTable([
            new TableFood("chicken gizzard", FoodCategory.Poultry, profile, 0, 3, portions, [], null),
            new TableFood("chicken breast", FoodCategory.Poultry, profile, 0, 1, portions, [], null),
        ]);

        var result = new FoodMatcher(table).Match("chicken");

        result.Best!.Food.Name.Should().Be("chicken breast", "an everyday food wins over a rarer one that fits as well");
        result.Alternatives.Select(a => a.Food.Name).Should().Equal("chicken gizzard");
    }

    [Fact]
    public void Match_PartialName_ReportsAlternativesBestFirst()
    {
        var result = Match("chicken");

        result.Best!.Food.Name.Should().Contain("chicken");
        result.Alternatives.Should().HaveCountGreaterThanOrEqualTo(3);
        result.Alternatives.Select(a => a.Food.Name).Should().Contain("chicken thigh");
        result.Alternatives.Select(a => a.Confidence).Should().OnlyContain(c => c <= result.Best.Confidence);
    }

    [Fact]
    public void Match_Milk_PrefersPlainMilkOverMilkDrinks()
    {
        var result = Match("milk");

        result.Best!.Food.Name.Should().Be("milk");
        result.Alternatives.Should().NotBeEmpty();
    }

    [Fact]
    public void Match_Nonsense_ReturnsNothing()
    {
        var result = Match("zzqxv");

        result.Best.Should().BeNull();
        result.IsConfident.Should().BeFalse();
    }

    [Fact]
    public void Match_WeakMatch_IsReportedAsNotConfident()
    {
        var result = Match("purple dragon fruit smoothie");

        result.IsConfident.Should().BeFalse($"only loose words match (best: {result.Best?.Food.Name} at {result.Best?.Confidence})");
    }

    [Theory]
    [InlineData("berries", "berry")]
    [InlineData("tomatoes", "tomato")]
    [InlineData("peaches", "peach")]
    [InlineData("eggs", "egg")]
    [InlineData("loaves", "loaf")]
    [InlineData("hummus", "hummus")]
    [InlineData("glass", "glass")]
    public void Singular_Word_DropsPlural(string word, string singular) => TextNormalizer.Singular(word).Should().Be(singular);
}
