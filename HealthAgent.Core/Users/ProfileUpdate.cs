namespace HealthAgent.Core.Users;

/// <summary>A partial profile change: null leaves a field as it is.</summary>
public sealed record ProfileUpdate(
    string? DisplayName = null,
    string? TimeZone = null,
    string? Language = null,
    Sex? Sex = null,
    int? BirthYear = null,
    decimal? HeightCm = null,
    ActivityLevel? ActivityLevel = null,
    OnboardingState? OnboardingState = null,
    MeasurementSystem? Units = null);
