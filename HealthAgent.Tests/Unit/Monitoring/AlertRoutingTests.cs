using System.Text.RegularExpressions;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Unit.Monitoring;

/// <summary>The shipped Alertmanager configuration, checked and routed by <c>amtool</c> as it is deployed.</summary>
public sealed partial class AlertRoutingTests
{
    [Fact]
    public async Task AlertmanagerConfig_PassesAmtoolCheckConfig()
    {
        var (code, _, all) = await Amtool.RunAsync("check-config", MonitoringFiles.Alertmanager);

        code.Should().Be(0, $"amtool check-config reported:\n{all}");
        all.Should().Contain("SUCCESS").And.Contain("2 receivers").And.Contain("2 inhibit rules");
    }

    [Fact]
    public async Task CriticalDependencyDown_RoutesToPagerDutyAndSlack()
    {
        var receivers = await Amtool.ReceiversAsync(MonitoringFiles.Alertmanager,
            "alertname=HealthAgentDependencyDown", "severity=critical", "service=api", "dependency=postgres");

        receivers.Should().Equal("pagerduty", "slack");
    }

    [Fact]
    public async Task Warning_RoutesToSlackOnly()
    {
        var receivers = await Amtool.ReceiversAsync(MonitoringFiles.Alertmanager, "alertname=HealthAgentSlowRequests", "severity=warning", "service=api");

        receivers.Should().Equal("slack");
    }

    [Fact]
    public async Task AlertWithAnUnknownSeverity_StillReachesSlack()
    {
        var receivers = await Amtool.ReceiversAsync(MonitoringFiles.Alertmanager, "alertname=SomethingElse", "severity=info");

        receivers.Should().Equal("slack");
    }

    [Fact]
    public async Task EveryAlertOfTheRules_RoutesByItsOwnSeverity()
    {
        var alerts = AlertBlock().Matches(File.ReadAllText(MonitoringFiles.Rules)).ToList();
        alerts.Should().HaveCountGreaterThan(5);

        foreach (var alert in alerts)
        {
            var name = alert.Groups["name"].Value;
            var severity = Severity().Match(alert.Value).Groups["severity"].Value;
            severity.Should().BeOneOf(["critical", "warning"], $"{name} must carry a severity the routes know");
            alert.Value.Should().Contain("service: \"{{ $labels.job }}\"", $"{name} must carry the service label the routes group by");

            var receivers = await Amtool.ReceiversAsync(MonitoringFiles.Alertmanager, $"alertname={name}", $"severity={severity}", "service=api");

            receivers.Should().Equal(severity == "critical" ? ["pagerduty", "slack"] : ["slack"], $"{name} is {severity}");
        }
    }

    [Fact]
    public void Receivers_ReadTheirSecretsFromTheDocumentedFiles()
    {
        var config = File.ReadAllText(MonitoringFiles.Alertmanager);
        var documentation = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs/observability.md"));

        config.Should().NotMatchRegex(@"(?m)^\s*(api_url|routing_key|service_key):", "secrets come from mounted files, never from the file itself");
        var files = SecretFile().Matches(config).Select(m => m.Groups["path"].Value).ToList();
        files.Should().BeEquivalentTo(["/etc/alertmanager/secrets/slack-webhook-url", "/etc/alertmanager/secrets/pagerduty-routing-key"]);
        foreach (var file in files)
        {
            documentation.Should().Contain(file, "docs/observability.md tells the deployment which secret to mount where");
        }
    }

    [GeneratedRegex(@"- alert: (?<name>\w+)[\s\S]*?(?=\n\s*- (alert|record):|\n\s*#|\z)")]
    private static partial Regex AlertBlock();

    [GeneratedRegex(@"severity: (?<severity>\w+)")]
    private static partial Regex Severity();

    [GeneratedRegex(@"(api_url_file|routing_key_file|service_key_file): (?<path>\S+)")]
    private static partial Regex SecretFile();
}
