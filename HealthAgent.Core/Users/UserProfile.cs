namespace HealthAgent.Core.Users;

/// <summary>What the API and the agent see of a user.</summary>
// Immutable: HybridCache hands out one cached instance instead of deserialising a copy on every hit.
[System.ComponentModel.ImmutableObject(true)]
public sealed record UserProfile(
    Guid Id,
    long TelegramId,
    string DisplayName,
    string TimeZone,
    string Language,
    Sex? Sex,
    int? BirthYear,
    decimal? HeightCm,
    ActivityLevel ActivityLevel,
    OnboardingState OnboardingState,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Plan = "free",
    bool HasAccess = true,
    MeasurementSystem Units = MeasurementSystem.Metric)
{
    /// <summary>Maps the entity.</summary>
    public static UserProfile From(User u) => new(u.Id, u.TelegramId, u.DisplayName, u.TimeZone, u.Language, u.Sex, u.BirthYear,
        u.HeightCm, u.ActivityLevel, u.OnboardingState, u.CreatedAt, u.UpdatedAt, u.Plan, u.AccessGrantedAt is not null, u.Units);
}
