using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>The Worker's dispatch settings, bound from <c>Reminders:Dispatch</c>.</summary>
public sealed class ReminderDispatchOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reminders:Dispatch";

    /// <summary>Reminders (and deliveries) claimed per transaction.</summary>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>How long to wait when nothing is due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Notifications sent at once per dispatcher.</summary>
    [Range(1, 256)]
    public int SendParallelism { get; set; } = 16;

    /// <summary>The first retry delay; doubled per attempt up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest retry delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Attempts before a delivery is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a claimed delivery is reserved for its sender; after it, another replica may retry it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The grace window of reminders created without one, in minutes.</summary>
    [Range(0, 1440)]
    public int DefaultGraceMinutes { get; set; } = 120;

    /// <summary>How long finished delivery rows are kept.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan DeliveryRetention { get; set; } = TimeSpan.FromDays(180);
}
