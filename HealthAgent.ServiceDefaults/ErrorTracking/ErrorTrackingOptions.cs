using System.ComponentModel.DataAnnotations;

namespace HealthAgent.ServiceDefaults.ErrorTracking;

/// <summary>
/// Error tracking with Sentry, bound from the <c>Sentry</c> section. Without <see cref="Dsn"/> the Sentry SDK is not
/// registered at all: nothing is initialised and nothing is sent. What an event may carry is fixed in code
/// (<see cref="ErrorEventScrubber"/>), not configurable.
/// </summary>
public sealed class ErrorTrackingOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Sentry";

    /// <summary>The project's DSN, <c>https://PUBLIC_KEY@HOST/PROJECT_ID</c>; unset turns error tracking off.</summary>
    public string? Dsn { get; set; }

    /// <summary>The share of error events sent (0–1); the rest are counted as dropped.</summary>
    [Range(0.0, 1.0)]
    public double SampleRate { get; set; } = 1.0;

    /// <summary>The most breadcrumbs (category and level of earlier log lines, never their text) an event carries.</summary>
    [Range(0, 100)]
    public int MaxBreadcrumbs { get; set; } = 30;

    /// <summary>How long a stopping service waits for queued events to be sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether a DSN is set, and so whether the Sentry SDK is registered.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Dsn);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !IsDsn(Dsn!))
        {
            // The value itself is not repeated: its public key is not secret, but a mistyped one may be something else.
            yield return new ValidationResult(
                "Sentry:Dsn must look like https://PUBLIC_KEY@HOST/PROJECT_ID (an http or https URL with a key and a project id).",
                [nameof(Dsn)]);
        }
    }

    private static bool IsDsn(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.UserInfo.Length > 0
        && uri.AbsolutePath.Trim('/').Length > 0;
}
