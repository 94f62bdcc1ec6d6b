namespace HealthAgent.Core.Memory;

/// <summary>What kind of fact a memory is.</summary>
public enum MemoryCategory
{
    /// <summary>How the user likes to be coached (brevity, tone, units).</summary>
    Preference,

    /// <summary>Diet and food facts (vegetarian, allergies, dislikes).</summary>
    Diet,

    /// <summary>Health context the user chose to share.</summary>
    Health,

    /// <summary>What the user is working towards.</summary>
    Goal,

    /// <summary>Habits and schedule.</summary>
    Routine,

    /// <summary>Anything else.</summary>
    Other,
}
