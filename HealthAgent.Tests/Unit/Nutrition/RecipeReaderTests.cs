using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Tests.Unit.Nutrition;

/// <summary>Composite dishes are worked out from their ingredients' table figures, per 100 g of the whole dish.</summary>
public sealed class RecipeReaderTests
{
    private static readonly FoodTable Table = FoodTable.LoadEmbedded();

    [Fact]
    public void ADish_IsItsIngredientsSummedAndScaledTo100g()
    {
        var salad = Table.Find("chicken caesar salad")!;
        (string Name, double Grams)[] parts = [("romaine lettuce", 150), ("chicken breast", 100), ("parmesan", 15), ("caesar dressing", 25), ("toast", 20)];
        var kcal = parts.Sum(p => Table.Find(p.Name)!.Per100g.Kcal * p.Grams / 100) / parts.Sum(p => p.Grams) * 100;

        salad.Category.Should().Be(FoodCategory.Dish);
        salad.Per100g.Kcal.Should().BeApproximately(kcal, 0.01);
        salad.PortionGrams("serving").Should().Be(300);
        salad.Aliases.Should().Contain("caesar salad");
    }

    [Fact]
    public void EveryRecipe_IsInTheTable_WithPlausibleFigures()
    {
        var dishes = new[] { "chicken caesar salad", "greek salad", "chicken salad", "chicken burrito", "beef burrito", "ramen", "vegetable curry",
            "ham sandwich", "turkey sandwich", "tuna sandwich", "blt", "poke bowl" };

        dishes.Select(Table.Find).Should().OnlyContain(d => d != null && d.Per100g.Kcal > 30 && d.Per100g.Kcal < 400
            && Math.Abs(d.Per100g.Protein * 4 + d.Per100g.Carbs * 4 + d.Per100g.Fat * 9 - d.Per100g.Kcal) < d.Per100g.Kcal * 0.25);
    }

    [Fact]
    public void AnIngredientNotInTheTable_IsRefusedWithItsLine()
    {
        var csv = "name,portions,aliases,ingredients\nmystery stew,serving:300,,unicorn:100|onion:50\n";

        var read = () => RecipeReader.Read(new StringReader(csv), Table.Foods);

        read.Should().Throw<FormatException>().WithMessage("Recipe line 2*no food 'unicorn'*");
    }
}
