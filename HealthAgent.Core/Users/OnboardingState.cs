namespace HealthAgent.Core.Users;

/// <summary>How far the user got through /start.</summary>
public enum OnboardingState
{
    /// <summary>Just arrived.</summary>
    New,

    /// <summary>Told us their time zone.</summary>
    TimeZoneSet,

    /// <summary>Set (or accepted) goals.</summary>
    GoalsSet,

    /// <summary>Done.</summary>
    Completed,
}
