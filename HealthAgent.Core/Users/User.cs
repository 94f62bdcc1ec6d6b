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

    /// <summary>When the user first appeared (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the profile last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
