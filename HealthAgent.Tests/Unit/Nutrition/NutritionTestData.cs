using HealthAgent.Core.Nutrition.Matching;
using HealthAgent.Core.Nutrition.Parsing;
using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Tests.Unit.Nutrition;

/// <summary>The embedded table and the parsers over it, loaded once for the unit tests.</summary>
internal static class NutritionTestData
{
    public static readonly FoodTable Table = FoodTable.LoadEmbedded();
    public static readonly FoodMatcher Matcher = new(Table);
    public static readonly FoodPhraseParser Parser = new(Matcher);
    public static readonly MealSentenceSplitter Splitter = new(Table);
}
