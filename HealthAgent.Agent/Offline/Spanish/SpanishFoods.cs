using System.Reflection;
using System.Text.RegularExpressions;

namespace HealthAgent.Agent.Offline.Spanish;

/// <summary>
/// Turns a Spanish meal ("un café con leche y dos tostadas") into the English words the food parser and the built-in
/// table read ("a latte and 2 toast"): numbers, portions and foods from the embedded <c>es-foods.csv</c>. The figures
/// still come from the table (and USDA), never from here.
/// </summary>
public static partial class SpanishFoods
{
    private static readonly Lazy<IReadOnlyList<(string Spanish, string English)>> Lexicon = new(Load);

    /// <summary>Every Spanish word or phrase and the table food it names, longest first.</summary>
    public static IReadOnlyList<(string Spanish, string English)> Words => Lexicon.Value;

    /// <summary>The English for <paramref name="meal"/> (lower case, accents removed), or null when it names no food in the lexicon.</summary>
    public static string? Translate(string meal)
    {
        var text = " " + meal.Replace(",", " , ") + " ";
        var named = false;
        foreach (var (spanish, english) in Lexicon.Value)
        {
            var replaced = text.Replace(" " + spanish + " ", " \u0001" + english.Replace(' ', '\u0002') + " ");
            named |= replaced != text;
            text = replaced;
        }
        if (!named)
        {
            return null;
        }
        text = PortionOf().Replace(text, m => $" {Portion(m.Groups["p"].Value)} of ");
        text = NumberWords().Replace(text, m => Number(m.Value) ?? m.Value);
        // "y", "con" and "de" that are left join foods; "," stays a separator for the meal splitter.
        text = text.Replace(" y ", " and ").Replace(" con ", " with ").Replace(" de ", " ");
        return string.Join(' ', text.Replace("\u0001", "").Replace('\u0002', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",");
    }

    /// <summary>A Spanish number word as digits ("dos" → "2"), or null.</summary>
    public static string? Number(string word) => word switch
    {
        "un" or "una" or "uno" => "1",
        "dos" => "2",
        "tres" => "3",
        "cuatro" => "4",
        "cinco" => "5",
        "seis" => "6",
        "siete" => "7",
        "ocho" => "8",
        "nueve" => "9",
        "diez" => "10",
        "medio" or "media" => "half a",
        _ => null,
    };

    private static string Portion(string word) => word switch
    {
        "vaso" => "glass",
        "vasos" => "glasses",
        "taza" or "tazon" => "cup",
        "tazas" => "cups",
        "rebanada" or "loncha" => "slice",
        "rebanadas" or "lonchas" => "slices",
        "plato" or "cuenco" or "bol" => "bowl",
        "platos" or "cuencos" => "bowls",
        "cucharada" => "tbsp",
        "cucharadas" => "tbsp",
        "trozo" or "pieza" or "porcion" => "piece",
        "trozos" or "piezas" or "porciones" => "pieces",
        "lata" => "can",
        "botella" => "bottle",
        "gramos" or "gr" => "g",
        _ => word,
    };

    private static IReadOnlyList<(string, string)> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("offline/es-foods.csv")
            ?? throw new InvalidOperationException("The embedded Spanish food words are missing.");
        using var reader = new StreamReader(stream);
        var words = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line == "spanish,english")
            {
                continue;
            }
            var comma = line.IndexOf(',');
            words.Add((line[..comma].Trim(), line[(comma + 1)..].Trim()));
        }
        return [.. words.OrderByDescending(w => w.Item1.Length)];
    }

    [GeneratedRegex(@" (?<p>vasos?|tazas?|tazon|rebanadas?|lonchas?|platos?|cuencos?|bol|cucharadas?|trozos?|piezas?|porcion|porciones|lata|botella|gramos|gr|g|ml) de ")]
    private static partial Regex PortionOf();

    [GeneratedRegex(@"(?<= )(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|medio|media)(?= )")]
    private static partial Regex NumberWords();
}
