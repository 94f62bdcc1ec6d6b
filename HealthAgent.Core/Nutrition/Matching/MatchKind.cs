namespace HealthAgent.Core.Nutrition.Matching;

/// <summary>How a name matched a food, from most to least certain.</summary>
public enum MatchKind
{
    /// <summary>The canonical name, as written.</summary>
    ExactName,

    /// <summary>An alias, as written.</summary>
    ExactAlias,

    /// <summary>The name or an alias once plurals and punctuation are set aside.</summary>
    Normalized,

    /// <summary>Words matched with spelling mistakes or left over.</summary>
    Fuzzy,
}
