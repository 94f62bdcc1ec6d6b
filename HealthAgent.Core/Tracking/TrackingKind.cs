namespace HealthAgent.Core.Tracking;

/// <summary>The built-in kinds of tracking entry.</summary>
public enum TrackingKind
{
    /// <summary>Weight.</summary>
    Weight,

    /// <summary>Sleep.</summary>
    Sleep,

    /// <summary>Water.</summary>
    Water,

    /// <summary>Exercise.</summary>
    Exercise,

    /// <summary>Mood.</summary>
    Mood,
}
