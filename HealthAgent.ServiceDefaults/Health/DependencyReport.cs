using System.Text.Json.Serialization;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>The JSON body of <c>/health/ready</c> and <c>/health/deps</c>.</summary>
/// <param name="Status"><c>ok</c>, <c>degraded</c> (a non-critical dependency is down) or <c>unavailable</c> (a critical one is).</param>
/// <param name="Service">The service that answers.</param>
/// <param name="DurationMs">How long all checks took together (they run in parallel).</param>
/// <param name="Dependencies">Each dependency by name.</param>
public sealed record DependencyReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("durationMs")] double DurationMs,
    [property: JsonPropertyName("dependencies")] IReadOnlyDictionary<string, DependencyEntry> Dependencies);

/// <summary>One dependency's state.</summary>
/// <param name="Status"><c>ok</c>, <c>degraded</c> or <c>unavailable</c>.</param>
/// <param name="Critical">Whether its failure makes the service unavailable.</param>
/// <param name="LatencyMs">How long its check took.</param>
/// <param name="Message">What the check saw.</param>
public sealed record DependencyEntry(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("critical")] bool Critical,
    [property: JsonPropertyName("latencyMs")] double LatencyMs,
    [property: JsonPropertyName("message")] string? Message);
