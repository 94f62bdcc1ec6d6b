using HealthAgent.Core.Users;

namespace HealthAgent.Api.Contracts;

/// <summary>A partial profile change: omitted fields stay as they are.</summary>
public sealed record UpdateProfileRequest(
    string? DisplayName, string? TimeZone, string? Language, Sex? Sex, int? BirthYear, decimal? HeightCm,
    ActivityLevel? ActivityLevel, OnboardingState? OnboardingState, MeasurementSystem? Units = null)
{
    public ProfileUpdate ToUpdate() => new(DisplayName, TimeZone, Language, Sex, BirthYear, HeightCm, ActivityLevel, OnboardingState, Units);
}
