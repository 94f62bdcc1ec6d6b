using System.ComponentModel.DataAnnotations;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Settings of the dependency checks, bound from the <c>Health</c> configuration section.</summary>
public sealed class DependencyHealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Health";

    /// <summary>How long each dependency probe may take (default 2 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
}
