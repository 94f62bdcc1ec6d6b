using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Api.RateLimiting;

/// <summary>A token bucket: <see cref="Burst"/> requests at once, refilled at <see cref="PermitsPerMinute"/>.</summary>
public sealed class BucketLimit
{
    /// <summary>Tokens added per minute.</summary>
    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 60;

    /// <summary>The bucket's size: how many requests may come at once.</summary>
    [Range(1, 100_000)]
    public int Burst { get; set; } = 10;
}
