using HealthAgent.Core.Memory;

namespace HealthAgent.Core.Import;

/// <summary>Where a legacy field goes: a structured fact, or a memory with a label.</summary>
public enum FactKind
{
    /// <summary>Not a fact: a memory.</summary>
    None,

    /// <summary><c>users.time_zone</c>.</summary>
    TimeZone,

    /// <summary><c>users.height_cm</c>.</summary>
    HeightCm,

    /// <summary>A weight entry with source <c>import</c>.</summary>
    WeightKg,

    /// <summary><c>user_goals.target_weight_kg</c>.</summary>
    TargetWeightKg,

    /// <summary><c>users.birth_year</c> (from an age only when it is written as a year).</summary>
    BirthYear,
}

/// <summary>One field the old service's templates and updates wrote.</summary>
/// <param name="Key">Its name, normalised (lower case, no units, single spaces).</param>
/// <param name="Fact">The structured fact it fills, or <see cref="FactKind.None"/>.</param>
/// <param name="Category">The memory's kind when it is a memory (or when a fact cannot hold the value, such as an age).</param>
/// <param name="Label">The memory's wording: <c>{Label}: {value}</c>.</param>
/// <param name="TemplateDefault">The value the template wrote for a new user, which is not the user's fact.</param>
public sealed record LegacyField(string Key, FactKind Fact, MemoryCategory Category, string Label, string? TemplateDefault = null);

/// <summary>
/// The mapping table of docs/memory-import.md: every field of the four templates, and the names the old service's
/// updates (<c>- **field**: value</c>) used for them, to a fact or a memory.
/// </summary>
public static class LegacyFields
{
    private static readonly LegacyField[] Fields =
    [
        new("age", FactKind.BirthYear, MemoryCategory.Health, "Age when the old profile was written"),
        new("height", FactKind.HeightCm, MemoryCategory.Health, "Height"),
        new("current weight", FactKind.WeightKg, MemoryCategory.Health, "Weight"),
        new("target weight", FactKind.TargetWeightKg, MemoryCategory.Goal, "Target weight"),
        new("primary goal", FactKind.None, MemoryCategory.Goal, "Goal"),
        new("timeline", FactKind.None, MemoryCategory.Goal, "Goal timeline"),
        new("brevity", FactKind.None, MemoryCategory.Preference, "Preferred reply length", "medium"),
        new("tone", FactKind.None, MemoryCategory.Preference, "Preferred tone", "friendly"),
        new("humor", FactKind.None, MemoryCategory.Preference, "Humour in replies", "yes"),
        new("coaching style", FactKind.None, MemoryCategory.Preference, "Preferred coaching style", "supportive"),
        new("daily summary", FactKind.None, MemoryCategory.Preference, "Wants a daily summary", "no"),
        new("proactive check ins", FactKind.None, MemoryCategory.Preference, "Wants proactive check-ins", "no"),
        new("timezone", FactKind.TimeZone, MemoryCategory.Other, "Time zone", "UTC"),
        new("likes", FactKind.None, MemoryCategory.Diet, "Likes"),
        new("dislikes", FactKind.None, MemoryCategory.Diet, "Dislikes"),
        new("allergies restrictions", FactKind.None, MemoryCategory.Diet, "Allergic to or avoids"),
        new("typical workout days", FactKind.None, MemoryCategory.Routine, "Typical workout days"),
        new("preferred activities", FactKind.None, MemoryCategory.Routine, "Preferred activities"),
    ];

    // Other names the same field was written under.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["weight"] = "current weight", ["goal weight"] = "target weight", ["goal"] = "primary goal", ["time zone"] = "timezone",
        ["tz"] = "timezone", ["humour"] = "humor", ["allergies"] = "allergies restrictions", ["allergy"] = "allergies restrictions",
        ["restrictions"] = "allergies restrictions", ["allergies and restrictions"] = "allergies restrictions", ["coaching"] = "coaching style",
        ["proactive checkins"] = "proactive check ins", ["workout days"] = "typical workout days", ["activities"] = "preferred activities",
    };

    private static readonly Dictionary<string, LegacyField> ByKey = Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);

    /// <summary>Every field, in the table's order.</summary>
    public static IReadOnlyList<LegacyField> All => Fields;

    /// <summary>The field written as <paramref name="name"/> (<c>Height (cm)</c>, <c>**current_weight**</c> …), or null.</summary>
    public static LegacyField? Find(string name)
    {
        var key = Normalize(name);
        return ByKey.GetValueOrDefault(Aliases.GetValueOrDefault(key, key));
    }

    /// <summary>A field name as a key: lower case, units in parentheses dropped, <c>_</c>, <c>-</c> and <c>/</c> as spaces.</summary>
    public static string Normalize(string name)
    {
        var withoutUnits = System.Text.RegularExpressions.Regex.Replace(name, @"\([^)]*\)", " ");
        var words = withoutUnits.ToLowerInvariant().Replace('_', ' ').Replace('-', ' ').Replace('/', ' ').Replace('*', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words);
    }
}
