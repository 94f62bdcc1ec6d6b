using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Core.Caching;

/// <summary>Cache settings, bound from the <c>Cache</c> section.</summary>
public sealed class CacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Cache";

    /// <summary>Longest wait for one Redis call before the source is used instead (default 500 ms).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a profile or goals stay in process memory (default 30 s); other replicas' writes also evict it at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MemoryTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a profile or goals stay in Redis (default 1 h).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan SharedTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The lifetimes as entry settings.</summary>
    public CacheEntrySettings Entry => new(MemoryTtl, SharedTtl);
}
