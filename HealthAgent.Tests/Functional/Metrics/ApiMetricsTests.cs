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
        // ASP.NET Core records the request duration as the request ends, which can be just after the client has the response.
        var waterRoute = new Regex("http_server_request_duration_seconds_count\\{[^}]*http_route=\"/api/v1/users/\\{userId:guid\\}/tracking/water\"");
        var after = await anonymous.GetStringAsync("/metrics");
        for (var attempt = 0; attempt < 30 && !waterRoute.IsMatch(after); attempt++)
        {
            // Another request on the same route, in case another test's host stopping dropped the shared stream meanwhile.
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/tracking/water?from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}")).EnsureSuccessStatusCode();
            await Task.Delay(100);
            after = await anonymous.GetStringAsync("/metrics");
        }

        Value(after, "healthagent_tracking_entries_total{kind=\"water\"}").Should()
            .BeGreaterThan(Value(before, "healthagent_tracking_entries_total{kind=\"water\"}"));
        Value(after, "healthagent_xp_awarded_total{activity=\"water\"}").Should()
            .BeGreaterThan(Value(before, "healthagent_xp_awarded_total{activity=\"water\"}"));
        after.Should().MatchRegex("http_server_request_duration_seconds_count\\{[^}]*http_route=\"/api/v1/users/\\{userId:guid\\}/tracking/water\"");
        after.Should().Contain("# TYPE db_client_", "Npgsql's meter reports the connection pool");
        await Promtool.CheckMetricsAsync(after);
    }
}
