namespace HealthAgent.Core.Users;

/// <summary>How active the user is day to day; sets the multiplier on the basal metabolic rate.</summary>
public enum ActivityLevel
{
    /// <summary>Desk job, little exercise (× 1.2).</summary>
    Sedentary,

    /// <summary>Light exercise 1–3 days a week (× 1.375).</summary>
    Light,

    /// <summary>Moderate exercise 3–5 days a week (× 1.55).</summary>
    Moderate,

    /// <summary>Hard exercise 6–7 days a week (× 1.725).</summary>
    Active,

    /// <summary>Physical job or training twice a day (× 1.9).</summary>
    VeryActive,
}
