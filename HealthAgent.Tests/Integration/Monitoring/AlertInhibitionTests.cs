using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Monitoring;

/// <summary>
/// The inhibition rules of the shipped Alertmanager configuration, in a real Alertmanager, over alerts labelled as
/// deploy/monitoring/prometheus/rules.yml labels them. Each test uses its own <c>service</c>, so tests do not meet.
/// </summary>
public sealed class AlertInhibitionTests(ShippedAlertmanager alertmanager) : IClassFixture<ShippedAlertmanager>
{
    private static Dictionary<string, string> Alert(string name, string severity, string service, params (string Name, string Value)[] more)
    {
        var labels = new Dictionary<string, string> { ["alertname"] = name, ["severity"] = severity, ["service"] = service, ["job"] = service };
        foreach (var (label, value) in more)
        {
            labels[label] = value;
        }
        return labels;
    }

    private async Task<IReadOnlyList<HeldAlert>> HeldForAsync(string service) =>
        [.. (await alertmanager.Process.AlertsAsync()).Where(a => a.Labels["service"] == service)];

    [Theory]
    [InlineData("postgres")]
    [InlineData("redis")]
    public async Task DataStoreDown_InhibitsTheSameServicesErrorRateLatencyAndBacklog(string dependency)
    {
        var service = $"api-{dependency}-{Guid.NewGuid():N}";
        await alertmanager.Process.PostAsync(
            Alert("HealthAgentDependencyDown", "critical", service, ("dependency", dependency)),
            Alert("HealthAgentHighErrorRate", "critical", service),
            Alert("HealthAgentSlowRequests", "warning", service),
            Alert("HealthAgentReminderBacklogGrowing", "warning", service));

        var held = await HeldForAsync(service);

        held.Should().HaveCount(4, alertmanager.Process.Log);
        held.Single(a => a.Labels["alertname"] == "HealthAgentDependencyDown").Inhibited.Should().BeFalse("the cause is what pages");
        held.Where(a => a.Labels["alertname"] != "HealthAgentDependencyDown").Should()
            .OnlyContain(a => a.Inhibited && a.State == "suppressed", $"{dependency} down explains them; held: {string.Join("; ", held)}");
    }

    [Fact]
    public async Task DataStoreDown_LeavesOtherServicesAlertsActive()
    {
        var down = $"worker-{Guid.NewGuid():N}";
        var other = $"bot-{Guid.NewGuid():N}";
        await alertmanager.Process.PostAsync(
            Alert("HealthAgentDependencyDown", "critical", down, ("dependency", "postgres")),
            Alert("HealthAgentHighErrorRate", "critical", other));

        var held = await HeldForAsync(other);

        held.Should().ContainSingle().Which.Inhibited.Should().BeFalse("only the service whose database is down is muted");
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("api")]
    public async Task OtherDependencyDown_InhibitsNothing(string dependency)
    {
        var service = $"bot-{dependency}-{Guid.NewGuid():N}";
        await alertmanager.Process.PostAsync(
            Alert("HealthAgentDependencyDown", "critical", service, ("dependency", dependency)),
            Alert("HealthAgentHighErrorRate", "critical", service));

        var held = await HeldForAsync(service);

        held.Should().HaveCount(2).And.OnlyContain(a => !a.Inhibited, $"only PostgreSQL and Redis inhibit symptoms; held: {string.Join("; ", held)}");
    }

    [Fact]
    public async Task CircuitOpenLong_InhibitsTheFiveMinuteAlertOfThatClientOnly()
    {
        var service = $"api-circuit-{Guid.NewGuid():N}";
        await alertmanager.Process.PostAsync(
            Alert("HealthAgentCircuitBreakerOpenLong", "critical", service, ("client", "llm")),
            Alert("HealthAgentCircuitBreakerOpen", "warning", service, ("client", "llm")),
            Alert("HealthAgentCircuitBreakerOpen", "warning", service, ("client", "usda")));

        var held = await HeldForAsync(service);

        held.Single(a => a.Labels["alertname"] == "HealthAgentCircuitBreakerOpen" && a.Labels["client"] == "llm").Inhibited.Should().BeTrue();
        held.Single(a => a.Labels["alertname"] == "HealthAgentCircuitBreakerOpen" && a.Labels["client"] == "usda").Inhibited.Should().BeFalse();
        held.Single(a => a.Labels["alertname"] == "HealthAgentCircuitBreakerOpenLong").Inhibited.Should().BeFalse();
    }
}
