namespace HealthAgent.Core.Tracking;

/// <summary>How hard an exercise session was; stored as <c>low</c>, <c>moderate</c> or <c>high</c>.</summary>
public enum ExerciseIntensity
{
    /// <summary>Easy effort.</summary>
    Low,

    /// <summary>Noticeable effort, can still talk.</summary>
    Moderate,

    /// <summary>Hard effort.</summary>
    High,
}
