using HealthAgent.Core.Nutrition.Matching;
using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Tests.Unit.Nutrition;

public sealed class FoodTableTests
{
    private static IReadOnlyList<TableFood> Foods => NutritionTestData.Table.Foods;

    [Fact]
    public void Table_HasAtLeast400Foods() => Foods.Count.Should().BeGreaterThanOrEqualTo(400);

    [Fact]
    public void Table_HasEveryCategory() =>
        Foods.Select(f => f.Category).Distinct().Should().BeEquivalentTo(Enum.GetValues<FoodCategory>());

    [Fact]
    public void Table_EnergyAgreesWithMacronutrients()
    {
        // Atwater factors with fiber at 2 kcal/g and alcohol at 7 kcal/g; USDA's food-specific factors differ by a few percent.
        var wrong = Foods
            .Select(f => (f.Name, f.Per100g.Kcal, Computed: 4 * f.Per100g.Protein + 4 * (f.Per100g.Carbs - f.Per100g.Fiber)
                + 2 * f.Per100g.Fiber + 9 * f.Per100g.Fat + 7 * f.AlcoholPer100g))
            .Where(f => Math.Abs(f.Kcal - f.Computed) > Math.Max(15, 0.15 * f.Kcal))
            .Select(f => $"{f.Name}: {f.Kcal} kcal listed, {f.Computed:F0} from macronutrients")
            .ToList();

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Table_ValuesAreNonNegativeAndSugarAndFiberWithinCarbs()
    {
        var wrong = Foods.Where(f => f.Per100g is var n
                && (n.Kcal < 0 || n.Protein < 0 || n.Carbs < 0 || n.Fat < 0 || n.Fiber < 0 || n.Sugar < 0 || n.SodiumMg < 0
                    || n.Sugar > n.Carbs || n.Fiber > n.Carbs || n.Protein + n.Carbs + n.Fat > 100.5))
            .Select(f => f.Name)
            .ToList();

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Table_PortionsArePositiveAndPrioritiesValid()
    {
        Foods.Where(f => f.Portions.Values.Any(g => g <= 0) || f.Priority is < 1 or > 3).Select(f => f.Name).Should().BeEmpty();
        Foods.Where(f => f.Portions.Count == 0).Select(f => f.Name).Should().BeEmpty("every food needs at least one portion weight");
    }

    [Fact]
    public void Table_NamesAndAliasesAreUniqueOnceNormalized()
    {
        var duplicates = Foods
            .SelectMany(f => f.Aliases.Prepend(f.Name).Select(n => (Key: TextNormalizer.Normalize(n), f.Name)).Distinct())
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Name).Distinct().Count() > 1)
            .Select(g => $"'{g.Key}' names {string.Join(", ", g.Select(x => x.Name).Distinct())}")
            .ToList();

        duplicates.Should().BeEmpty();
    }

    [Fact]
    public void Table_FdcIdsAreUnique() =>
        Foods.Where(f => f.FdcId is not null).GroupBy(f => f.FdcId).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();

    [Fact]
    public void Read_MalformedLine_ThrowsWithLineNumber()
    {
        var csv = "name,category,kcal,protein,carbs,fat,fiber,sugar,sodium,alcohol,priority,portions,aliases,fdc_id\nbad,fruit,1\n";

        var read = () => FoodTableReader.Read(new StringReader(csv));

        read.Should().Throw<FormatException>().WithMessage("*line 2*");
    }
}
