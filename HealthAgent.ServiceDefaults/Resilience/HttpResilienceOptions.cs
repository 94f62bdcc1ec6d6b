using System.ComponentModel.DataAnnotations;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// Resilience settings of one named HTTP client. Values come, in increasing precedence, from these defaults, the
/// <c>Resilience:Default</c> configuration section, code (<see cref="ResilienceExtensions.ConfigureResilience"/>) and the
/// <c>Resilience:Clients:&lt;clientName&gt;</c> configuration section.
/// </summary>
public sealed class HttpResilienceOptions : IValidatableObject
{
    /// <summary>The configuration section that applies to every client.</summary>
    public const string DefaultSection = "Resilience:Default";

    /// <summary>The configuration section whose children, named after clients, override <see cref="DefaultSection"/>.</summary>
    public const string ClientsSection = "Resilience:Clients";

    /// <summary>Whether the client gets the resilience handler at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The time allowed for the whole call, every attempt and every wait between attempts included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time allowed for one attempt; an attempt that runs out counts as a transient failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a transient failure is retried after the first attempt; 0 turns retries off.</summary>
    [Range(0, 100)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The median first delay of the jittered exponential backoff.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between attempts, whether it comes from the backoff or from a <c>Retry-After</c> header.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many consecutive failed attempts open the circuit.</summary>
    [Range(1, 10_000)]
    public int BreakerFailureThreshold { get; set; } = 5;

    /// <summary>How long an open circuit rejects calls before it lets one trial call through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AttemptTimeout > TotalTimeout)
        {
            yield return new ValidationResult(
                $"{nameof(AttemptTimeout)} ({AttemptTimeout}) must not exceed {nameof(TotalTimeout)} ({TotalTimeout}).",
                [nameof(AttemptTimeout), nameof(TotalTimeout)]);
        }
    }
}
