using HealthAgent.Core.Common;
using HealthAgent.Core.Time;

namespace HealthAgent.Core.Users;

/// <summary>Validation of profile fields, in one place for the REST API and the agent's tools.</summary>
public static class UserRules
{
    /// <summary>The longest display name.</summary>
    public const int MaxDisplayNameLength = 200;

    /// <summary>The earliest birth year accepted (the latest is five years before now).</summary>
    public const int MinBirthYear = 1900;

    /// <summary>The shortest height accepted, in cm.</summary>
    public const double MinHeightCm = 50;

    /// <summary>The tallest height accepted, in cm.</summary>
    public const double MaxHeightCm = 272;

    /// <summary>A trimmed display name of 1–200 characters.</summary>
    public static string DisplayName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        return trimmed.Length is >= 1 and <= MaxDisplayNameLength ? trimmed
            : throw DomainValidationException.For("displayName", $"The display name must have 1 to {MaxDisplayNameLength} characters.");
    }

    /// <summary>A lower-case language code such as <c>en</c> or <c>pt-BR</c>.</summary>
    public static string Language(string language)
    {
        var value = language.Trim();
        var parts = value.Split('-');
        var valid = parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetterLower)
            && (parts.Length == 1 || (parts.Length == 2 && parts[1].Length is >= 2 and <= 8 && parts[1].All(char.IsAsciiLetterOrDigit)));
        return valid ? value : throw DomainValidationException.For("language", "The language must be a code such as 'en' or 'pt-BR'.");
    }

    /// <summary>Applies a partial update, collecting every bad field before failing.</summary>
    public static void Apply(User user, ProfileUpdate update, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Try(Action apply)
        {
            try
            {
                apply();
            }
            catch (DomainValidationException ex)
            {
                foreach (var (field, messages) in ex.Errors)
                {
                    errors[field] = messages;
                }
            }
        }

        if (update.DisplayName is not null) Try(() => user.DisplayName = DisplayName(update.DisplayName));
        if (update.Language is not null) Try(() => user.Language = Language(update.Language));
        if (update.TimeZone is not null)
        {
            Try(() => user.TimeZone = TimeZones.TryResolve(update.TimeZone, out var id) ? id
                : throw DomainValidationException.For("timeZone", $"'{update.TimeZone}' is not an IANA time zone such as 'Europe/Berlin'."));
        }
        if (update.BirthYear is { } year)
        {
            Try(() => user.BirthYear = year >= MinBirthYear && year <= now.Year - 5 ? year
                : throw DomainValidationException.For("birthYear", $"The birth year must be between {MinBirthYear} and {now.Year - 5}."));
        }
        if (update.HeightCm is { } height)
        {
            Try(() => user.HeightCm = height >= (decimal)MinHeightCm && height <= (decimal)MaxHeightCm ? Math.Round(height, 1)
                : throw DomainValidationException.For("heightCm", $"The height must be between {MinHeightCm} and {MaxHeightCm} cm."));
        }
        if (update.Sex is { } sex) user.Sex = sex;
        if (update.ActivityLevel is { } level) user.ActivityLevel = level;
        if (update.OnboardingState is { } state) user.OnboardingState = state;
        if (update.Units is { } units) user.Units = units;

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
        user.UpdatedAt = now;
    }
}
