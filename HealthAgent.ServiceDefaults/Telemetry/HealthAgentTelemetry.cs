using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HealthAgent.ServiceDefaults.Telemetry;

/// <summary>HealthAgent's own activity source and meter; both are named <c>HealthAgent</c>.</summary>
public static class HealthAgentTelemetry
{
    /// <summary>The name of the source and the meter.</summary>
    public const string Name = "HealthAgent";

    /// <summary>Spans of our own work (agent tool calls, dispatches, external calls).</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    /// <summary>Our own instruments.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>The built-in activity sources we trace, besides our own.</summary>
    public static readonly string[] TracedSources = ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", Name];

    /// <summary>The built-in meters we collect, besides our own.</summary>
    public static readonly string[] CollectedMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting", "System.Net.Http", "System.Runtime", "Npgsql", Name,
    ];
}
