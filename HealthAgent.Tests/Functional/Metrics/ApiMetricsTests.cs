using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Metrics;

[Collection(MetricsCollection.Name)]
public sealed class ApiMetricsTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private static long Value(string text, string series)
    {
        var match = Regex.Match(text, "^" + Regex.Escape(series) + " (\\d+)$", RegexOptions.Multiline);
        return match.Success ? long.Parse(match.Groups[1].Value) : 0;
    }

    [Fact]
    public async Task Metrics_OfTheRealApi_PassPromtoolAndCountTrackingEntriesAndXp()
    {
        var ada = await host.CreateUserAsync();
        using var anonymous = host.Client(null);
        var before = await anonymous.GetStringAsync("/metrics");

        var response = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tracking/water",
            new { amountMl = 250, drunkAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        response.EnsureSuccessStatusCode();
        var after = await anonymous.GetStringAsync("/metrics");

        Value(after, "healthagent_tracking_entries_total{kind=\"water\"}").Should()
            .BeGreaterThan(Value(before, "healthagent_tracking_entries_total{kind=\"water\"}"));
        Value(after, "healthagent_xp_awarded_total{activity=\"water\"}").Should()
            .BeGreaterThan(Value(before, "healthagent_xp_awarded_total{activity=\"water\"}"));
        after.Should().MatchRegex("http_server_request_duration_seconds_count\\{[^}]*http_route=\"/api/v1/users/\\{userId:guid\\}/tracking/water\"");
        after.Should().Contain("# TYPE db_client_", "Npgsql's meter reports the connection pool");
        await Promtool.CheckMetricsAsync(after);
    }
}
