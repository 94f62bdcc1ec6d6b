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

    /// <summary>The activity sources traced besides the instrumented ASP.NET Core and HttpClient: Npgsql's and our own.</summary>
    public static readonly string[] TracedSources = ["Npgsql", Name];

    /// <summary>The meters collected besides the instrumented ASP.NET Core, HttpClient and runtime ones.</summary>
    public static readonly string[] CollectedMeters =
        ["Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting", "Npgsql", Name];
}
