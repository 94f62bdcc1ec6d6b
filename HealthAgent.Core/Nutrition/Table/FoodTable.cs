using System.Collections.Frozen;

namespace HealthAgent.Core.Nutrition.Table;

/// <summary>The embedded table of common foods, the answer whenever USDA FoodData Central is not configured or not reachable.</summary>
public sealed class FoodTable
{
    /// <summary>The logical name of the embedded CSV resource.</summary>
    public const string ResourceName = "nutrition/foods.csv";

    /// <summary>The logical name of the embedded recipes of composite dishes (<see cref="RecipeReader"/>).</summary>
    public const string RecipesResourceName = "nutrition/recipes.csv";

    private readonly FrozenDictionary<string, TableFood> _byName;

    /// <summary>Wraps <paramref name="foods"/>; names must be unique.</summary>
    public FoodTable(IEnumerable<TableFood> foods)
    {
        Foods = [.. foods];
        _byName = Foods.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Every food, in file order.</summary>
    public IReadOnlyList<TableFood> Foods { get; }

    /// <summary>The food with canonical name <paramref name="name"/>, or null.</summary>
    public TableFood? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Reads the table shipped inside HealthAgent.Core.</summary>
    public static FoodTable LoadEmbedded()
    {
        using var stream = typeof(FoodTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from HealthAgent.Core.");
        using var reader = new StreamReader(stream);
        var foods = FoodTableReader.Read(reader);
        using var recipes = typeof(FoodTable).Assembly.GetManifestResourceStream(RecipesResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{RecipesResourceName}' is missing from HealthAgent.Core.");
        using var recipeReader = new StreamReader(recipes);
        return new FoodTable([.. foods, .. RecipeReader.Read(recipeReader, foods)]);
    }
}
