using System.ComponentModel.DataAnnotations;

namespace HealthAgent.ServiceDefaults.Metrics;

/// <summary>
/// How <c>/metrics</c> is protected, bound from the <c>Metrics</c> section. With neither setting the endpoint is open,
/// which suits a private network only; set one of them wherever the service port is reachable from outside.
/// </summary>
public sealed class MetricsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Metrics";

    /// <summary>When set, <c>/metrics</c> answers only on this extra port (not published to the internet) and is 404 on the service's own.</summary>
    [Range(1, 65535)]
    public int? Port { get; set; }

    /// <summary>When set, a scrape must carry <c>Authorization: Bearer &lt;key&gt;</c>; at least 16 characters.</summary>
    [MinLength(16)]
    public string? Key { get; set; }

    /// <summary>How often dependency health is checked for the <c>healthagent_dependency_up</c> gauge.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan HealthInterval { get; set; } = TimeSpan.FromSeconds(15);
}
