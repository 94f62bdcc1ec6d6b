namespace HealthAgent.Tests.Functional.Metrics;

/// <summary>
/// Tests that read ASP.NET Core's built-in meters run alone: OpenTelemetry merges identical instruments of every host in
/// the process into one stream and drops it when any of those hosts stops, so a host stopping in a parallel test
/// would make this host's series vanish. One process holds one host in production, where this cannot happen.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics (alone)";
}
