using System.Globalization;

namespace HealthAgent.Core.Nutrition.Table;

/// <summary>
/// Parses the food table CSV: <c>name,category,kcal,protein,carbs,fat,fiber,sugar,sodium,alcohol,priority,portions,aliases,fdc_id</c>.
/// Fields never contain commas, so a plain split is enough; lists inside a field are separated by <c>|</c> and portions are
/// <c>name:grams</c>. Lines starting with <c>#</c> are comments.
/// </summary>
public static class FoodTableReader
{
    private const int FieldCount = 14;

    /// <summary>Every food in <paramref name="reader"/>; a malformed line throws with its line number.</summary>
    public static IReadOnlyList<TableFood> Read(TextReader reader) => TableCsv.Read(reader, "Food table", Parse);

    private static TableFood Parse(string line)
    {
        var fields = line.Split(',');
        if (fields.Length != FieldCount)
        {
            throw new FormatException($"expected {FieldCount} fields, found {fields.Length}");
        }

        var profile = new NutrientProfile(Number(fields[2]), Number(fields[3]), Number(fields[4]), Number(fields[5]),
            Number(fields[6]), Number(fields[7]), Number(fields[8]));
        return new TableFood(
            fields[0].Trim(),
            Enum.Parse<FoodCategory>(fields[1].Trim(), ignoreCase: true),
            profile,
            Number(fields[9]),
            int.Parse(fields[10], CultureInfo.InvariantCulture),
            Portions(fields[11]),
            List(fields[12]),
            fields[13].Trim().Length == 0 ? null : long.Parse(fields[13], CultureInfo.InvariantCulture));
    }

    private static double Number(string field) =>
        field.Trim().Length == 0 ? 0 : double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> List(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, double> Portions(string field)
    {
        var portions = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in List(field))
        {
            var parts = item.Split(':');
            if (parts.Length != 2)
            {
                throw new FormatException($"portion '{item}' is not name:grams");
            }

            portions.Add(parts[0].Trim(), Number(parts[1]));
        }

        return portions;
    }
}
