using HealthAgent.Core.Food;
using HealthAgent.Core.Food.Ideas;
using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Tests.Unit.Nutrition;

/// <summary>The embedded meal ideas: every plate is made of table foods, each meal has ideas, and a bad line names itself.</summary>
public sealed class MealIdeaReaderTests
{
    private static readonly FoodTable Table = FoodTable.LoadEmbedded();

    [Fact]
    public void TheEmbeddedIdeas_AreMadeOfTableFoods_AndEveryMealHasAtLeastThree()
    {
        var ideas = new MealIdeaCatalog(Table).Ideas;

        ideas.Should().OnlyContain(i => i.Items.All(item => Table.Find(item.Food) != null) && i.Totals.Kcal > 0);
        foreach (var meal in Enum.GetValues<MealType>())
        {
            ideas.Count(i => i.Meals.Contains(meal)).Should().BeGreaterThanOrEqualTo(3, $"{meal} needs ideas to choose from");
        }
        ideas.Select(i => i.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void APlate_SumsItsFoodsFigures()
    {
        var idea = MealIdeaReader.Read(new StringReader("name,meals,plate\nrice and salmon,dinner,white rice:200|salmon:100"), Table).Single();

        var expected = Table.Find("white rice")!.Per100g.Kcal * 2 + Table.Find("salmon")!.Per100g.Kcal;
        idea.Totals.Kcal.Should().BeApproximately(expected, 0.2);
        idea.Meals.Should().Equal(MealType.Dinner);
    }

    [Theory]
    [InlineData("x,dinner,dragon fruit pie:100", "no food 'dragon fruit pie'")]
    [InlineData("x,elevenses,white rice:100", "no meal 'elevenses'")]
    [InlineData("x,dinner,white rice", "needs grams")]
    [InlineData("x,dinner", "expected 3 fields")]
    public void ABadLine_FailsTheLoad_NamingTheLineAndTheProblem(string line, string problem)
    {
        var read = () => MealIdeaReader.Read(new StringReader("# ideas\nname,meals,plate\n" + line), Table);

        read.Should().Throw<FormatException>().WithMessage($"Meal idea line 3 is malformed (*{problem}*");
    }
}
