using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Agent.Tools;

/// <summary>Per-user tool limits by plan, bound from the <c>Tools</c> section (docs/configuration.md).</summary>
public sealed class ToolOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tools";

    /// <summary>Creations and changes per user and hour, by plan (<c>Tools:CreationsPerHour:free</c>); default 5 on every plan.</summary>
    public Dictionary<string, int> CreationsPerHour { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["free"] = 5, ["basic"] = 5, ["premium"] = 5 };

    /// <summary>Runs per user and hour, by plan (<c>Tools:RunsPerHour:free</c>); default 20 on every plan.</summary>
    public Dictionary<string, int> RunsPerHour { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["free"] = 20, ["basic"] = 20, ["premium"] = 20 };

    /// <summary>
    /// Whether a new or changed tool waits for an administrator's approval before it runs (<c>Tools:RequireApproval</c>,
    /// default false: tools run as soon as they are saved).
    /// </summary>
    public bool RequireApproval { get; set; }

    /// <summary>The most tools one user may keep (default 50).</summary>
    [Range(1, 1000)]
    public int MaxToolsPerUser { get; set; } = 50;
}
