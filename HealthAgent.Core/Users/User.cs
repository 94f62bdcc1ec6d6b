namespace HealthAgent.Core.Users;

/// <summary>A HealthAgent user, known by their Telegram account.</summary>
public sealed class User
{
    /// <summary>The user's id; also the owner key of every row the user owns.</summary>
    public Guid Id { get; set; }

    /// <summary>The Telegram user id (unique).</summary>
    public long TelegramId { get; set; }

    /// <summary>The name the coach uses.</summary>
    public required string DisplayName { get; set; }

    /// <summary>The IANA time zone (for example <c>Europe/Berlin</c>); every "today" of this user is computed in it. Stored nowhere else.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The BCP 47 language code.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Metric or imperial, for what is shown and how a bare number is read; stored figures stay metric.</summary>
    public MeasurementSystem Units { get; set; } = MeasurementSystem.Metric;

    /// <summary>Sex, for the calorie formula.</summary>
    public Sex? Sex { get; set; }

    /// <summary>Birth year, for the calorie formula.</summary>
    public int? BirthYear { get; set; }

    /// <summary>Height in centimetres.</summary>
    public decimal? HeightCm { get; set; }

    /// <summary>Day-to-day activity.</summary>
    public ActivityLevel ActivityLevel { get; set; } = ActivityLevel.Moderate;

    /// <summary>How far onboarding got.</summary>
    public OnboardingState OnboardingState { get; set; } = OnboardingState.New;

    /// <summary>When the user first appeared (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the profile last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The user's plan, which sets their hourly request quota: <c>free</c>, <c>basic</c> or <c>premium</c>.</summary>
    public string Plan { get; set; } = "free";

    /// <summary>When the user was let in: on joining while invites are not required, or on redeeming a code; null while they wait for one.</summary>
    public DateTimeOffset? AccessGrantedAt { get; set; }
}
