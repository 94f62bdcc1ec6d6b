using HealthAgent.Core.Food;
using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Core.Food.Ideas;

/// <summary>Reads <c>meal-ideas.csv</c> against the food table; an unknown food or meal fails the load with its line.</summary>
public static class MealIdeaReader
{
    /// <summary>The logical name of the embedded resource.</summary>
    public const string ResourceName = "nutrition/meal-ideas.csv";

    private const int FieldCount = 3;

    /// <summary>The ideas in <paramref name="reader"/>.</summary>
    public static IReadOnlyList<MealIdea> Read(TextReader reader, FoodTable table) => TableCsv.Read(reader, "Meal idea", line =>
    {
        var fields = line.Split(',');
        if (fields.Length != FieldCount)
        {
            throw new FormatException($"expected {FieldCount} fields, found {fields.Length}");
        }
        var meals = fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m => Enum.TryParse<MealType>(m, ignoreCase: true, out var meal) ? meal : throw new FormatException($"no meal '{m}'")).ToList();
        var plate = PlateReader.Parse(fields[2], table.Find);
        return new MealIdea(fields[0].Trim(), meals, [.. plate.Select(p => new MealIdeaItem(p.Food.Name, p.Grams))], PlateReader.Total(plate));
    });

    /// <summary>The ideas shipped inside HealthAgent.Core.</summary>
    public static IReadOnlyList<MealIdea> LoadEmbedded(FoodTable table)
    {
        using var stream = typeof(MealIdeaReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from HealthAgent.Core.");
        using var reader = new StreamReader(stream);
        return Read(reader, table);
    }
}
