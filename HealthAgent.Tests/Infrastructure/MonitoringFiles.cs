namespace HealthAgent.Tests.Infrastructure;

/// <summary>The monitoring configuration shipped in <c>deploy/monitoring</c>, as the tests check it.</summary>
public static class MonitoringFiles
{
    /// <summary>Prometheus alert and recording rules.</summary>
    public static string Rules { get; } = Path.Combine(RepositoryLayout.Root, "deploy/monitoring/prometheus/rules.yml");

    /// <summary>The unit tests of <see cref="Rules"/> for <c>promtool test rules</c>.</summary>
    public static string RuleTests { get; } = Path.Combine(RepositoryLayout.Root, "deploy/monitoring/prometheus/rules.test.yml");

    /// <summary>The Alertmanager configuration: receivers, routes, grouping and inhibition.</summary>
    public static string Alertmanager { get; } = Path.Combine(RepositoryLayout.Root, "deploy/monitoring/alertmanager/alertmanager.yml");

    /// <summary>The Grafana dashboard.</summary>
    public static string Dashboard { get; } = Path.Combine(RepositoryLayout.Root, "deploy/monitoring/grafana/healthagent.json");
}
