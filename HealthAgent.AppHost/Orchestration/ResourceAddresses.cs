using System.Collections.Concurrent;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>How each resource is reached, filled in by the runners and read by the environment builder.</summary>
public sealed class ResourceAddresses
{
    /// <summary>Connection strings by connection-string name.</summary>
    public ConcurrentDictionary<string, string> ConnectionStrings { get; } = new();

    /// <summary>HTTP endpoints by service name.</summary>
    public ConcurrentDictionary<string, Uri> HttpEndpoints { get; } = new();
}
