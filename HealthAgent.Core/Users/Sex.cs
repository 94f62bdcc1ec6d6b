namespace HealthAgent.Core.Users;

/// <summary>Sex as used by the calorie formula; <see cref="Other"/> uses the average of both constants.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Other or not said.</summary>
    Other,
}
