using System.Text;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Unit.Monitoring;

public sealed class MonitoringConfigTests
{
    [Fact]
    public async Task AlertRules_PassPromtoolCheckRules()
    {
        var (code, output) = await Promtool.RunAsync("", "check", "rules", MonitoringFiles.Rules);

        code.Should().Be(0, $"promtool check rules reported:\n{output}");
        output.Should().Contain("SUCCESS");
    }

    [Fact]
    public async Task AlertRules_PassTheirPromtoolUnitTests()
    {
        var (code, output) = await Promtool.RunAsync("", "test", "rules", MonitoringFiles.RuleTests);

        code.Should().Be(0, $"promtool test rules reported:\n{output}");
        output.Should().Contain("SUCCESS");
    }

    [Theory]
    [InlineData("HealthAgentHighErrorRate")]
    [InlineData("HealthAgentSlowRequests")]
    [InlineData("HealthAgentCircuitBreakerOpen")]
    [InlineData("HealthAgentReminderBacklogGrowing")]
    [InlineData("HealthAgentDependencyDown")]
    [InlineData("HealthAgentCircuitBreakerOpenLong")]
    [InlineData("HealthAgentToolSandboxRefusalsSpiking")]
    [InlineData("HealthAgentErrorEventsRising")]
    public void AlertRules_DefineTheAgreedAlert(string alert) =>
        File.ReadAllText(MonitoringFiles.Rules).Should().Contain($"alert: {alert}");

    [Fact]
    public void Dashboard_IsJsonAndQueriesTheExposedMetricNames()
    {
        var queries = string.Join("\n", DashboardQueries());

        foreach (var metric in new[]
        {
            "http_server_request_duration_seconds_bucket", "http_server_request_duration_seconds_count", "healthagent_circuit_breaker_state",
            "healthagent_cache_hits_total", "healthagent_cache_misses_total", "healthagent_rate_limit_rejections_total",
            "healthagent_reminders_due_backlog", "healthagent_reminders_dispatch_latency_seconds_bucket", "healthagent_agent_replies_total",
            "healthagent_dependency_up", "healthagent_tools_runs_total", "healthagent_tools_suspicious_total",
            "healthagent_error_events_total",
        })
        {
            queries.Should().Contain(metric);
        }
    }

    [Fact]
    public async Task DashboardQueries_ParseAsPromQl()
    {
        // promtool has no query parser of its own: each query, with Grafana's variables filled in, becomes a recording rule.
        var rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        foreach (var (query, index) in DashboardQueries().Select((q, i) => (q, i)))
        {
            var filled = query.Replace("$__rate_interval", "5m", StringComparison.Ordinal).Replace("$job", ".*", StringComparison.Ordinal);
            rules.Append($"      - record: dashboard:query{index}\n        expr: {JsonSerializer.Serialize(filled)}\n");
        }
        var file = Path.Combine(Path.GetTempPath(), $"healthagent-dashboard-{Guid.NewGuid():N}.yml");
        await File.WriteAllTextAsync(file, rules.ToString());
        try
        {
            var (code, output) = await Promtool.RunAsync("", "check", "rules", file);

            code.Should().Be(0, $"promtool could not parse a dashboard query:\n{output}\n--- as rules ---\n{rules}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<string> DashboardQueries()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(MonitoringFiles.Dashboard));
        return [.. dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!)];
    }
}
