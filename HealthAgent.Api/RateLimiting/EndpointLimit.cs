using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace HealthAgent.Api.RateLimiting;

/// <summary>A bucket for one endpoint, per caller.</summary>
public sealed partial class EndpointLimit
{
    /// <summary>
    /// The method and route template, e.g. <c>POST /api/v1/users/{userId}/food</c>. Route constraints may be left out
    /// (configuration keys cannot hold the colon of <c>{userId:guid}</c>, so this is a value, not a key).
    /// </summary>
    [Required]
    public string Route { get; set; } = "";

    /// <summary>Tokens added per minute.</summary>
    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 60;

    /// <summary>The bucket's size.</summary>
    [Range(1, 100_000)]
    public int Burst { get; set; } = 10;

    /// <summary>The bucket this describes.</summary>
    public BucketLimit Bucket => new() { PermitsPerMinute = PermitsPerMinute, Burst = Burst };

    /// <summary>A route in the form routes are compared in: constraints removed, no trailing slash, upper case.</summary>
    public static string Normalize(string route) => Constraint().Replace(route.Trim(), "{$1}").TrimEnd('/').ToUpperInvariant();

    [GeneratedRegex(@"\{\*{0,2}(\w+)(?::[^}]*)?\??\}")]
    private static partial Regex Constraint();
}
