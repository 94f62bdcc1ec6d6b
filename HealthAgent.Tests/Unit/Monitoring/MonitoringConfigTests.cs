using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Unit.Monitoring;

public sealed class MonitoringConfigTests
{
    private static string Repository(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HealthAgent.sln")))
        {
            folder = folder.Parent;
        }
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("HealthAgent.sln not found above the test binaries."), relative);
    }

    [Fact]
    public async Task AlertRules_PassPromtoolCheckRules()
    {
        var (code, output) = await Promtool.RunAsync("", "check", "rules", Repository("deploy/monitoring/prometheus/rules.yml"));

        code.Should().Be(0, $"promtool check rules reported:\n{output}");
        output.Should().Contain("SUCCESS");
    }

    [Theory]
    [InlineData("HealthAgentHighErrorRate")]
    [InlineData("HealthAgentSlowRequests")]
    [InlineData("HealthAgentCircuitBreakerOpen")]
    [InlineData("HealthAgentReminderBacklogGrowing")]
    [InlineData("HealthAgentDependencyDown")]
    public void AlertRules_DefineTheAgreedAlert(string alert) =>
        File.ReadAllText(Repository("deploy/monitoring/prometheus/rules.yml")).Should().Contain($"alert: {alert}");

    [Fact]
    public void Dashboard_IsJsonAndQueriesTheExposedMetricNames()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(Repository("deploy/monitoring/grafana/healthagent.json")));
        var queries = string.Join("\n", dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()));

        foreach (var metric in new[]
        {
            "http_server_request_duration_seconds_bucket", "http_server_request_duration_seconds_count", "healthagent_circuit_breaker_state",
            "healthagent_cache_hits_total", "healthagent_cache_misses_total", "healthagent_rate_limit_rejections_total",
            "healthagent_reminders_due_backlog", "healthagent_reminders_dispatch_latency_seconds_bucket", "healthagent_agent_replies_total",
            "healthagent_dependency_up",
        })
        {
            queries.Should().Contain(metric);
        }
    }
}
