namespace HealthAgent.Core.Tracking;

/// <summary>The kind of value a custom tracker field holds.</summary>
public enum CustomFieldType
{
    /// <summary>A number with an optional unit and optional min/max.</summary>
    Number,

    /// <summary>A whole number from min to max (both required).</summary>
    Scale,

    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>Free text up to a maximum length.</summary>
    Text,

    /// <summary>One of a fixed list of options.</summary>
    Choice,
}
