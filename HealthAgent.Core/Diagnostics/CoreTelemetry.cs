using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HealthAgent.Core.Diagnostics;

/// <summary>
/// Core's activity source and meter. They share the name <c>HealthAgent</c> with ServiceDefaults' own, so the services'
/// telemetry providers (which listen by name) collect both without knowing about Core.
/// </summary>
public static class CoreTelemetry
{
    /// <summary>The shared source and meter name.</summary>
    public const string Name = "HealthAgent";

    /// <summary>Spans of Core's own work.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    /// <summary>Core's instruments.</summary>
    public static readonly Meter Meter = new(Name);
}
