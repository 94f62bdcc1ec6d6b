using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Tools;

/// <summary>Tool limits met by requests that arrive together: each limit lets through exactly as many as it allows.</summary>
public sealed class ToolLimitConcurrencyTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private const int Parallel = 8;

    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["Tools:CreationsPerHour:free"] = "3", ["Tools:CreationsPerHour:basic"] = "100", ["Tools:RunsPerHour:free"] = "3", ["Tools:MaxToolsPerUser"] = "4",
    };

    private static object Tool(string name) => new { name, description = "Doubles a number.", parameters = new[] { new { name = "x", description = "a number" } }, formula = "[x] * 2" };

    [Fact]
    public async Task Creations_ArrivingTogether_PassTheHourlyLimitExactly()
    {
        await using var api = host.CreateFactory(Limits);
        var ada = await host.CreateUserAsync();
        using var client = host.Client(ada.Key, api);

        await WarmUpAsync(api);

        var statuses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => StatusAsync(client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tools", Tool($"tool_{i}")))));

        statuses.Count(s => s == HttpStatusCode.Created).Should().Be(3, "3 creations an hour are allowed: {0}", string.Join(", ", statuses));
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).Should().Be(Parallel - 3);
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/tools")).GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Creations_ArrivingTogether_KeepTheToolCountExactly()
    {
        await using var api = host.CreateFactory(Limits);
        var bob = await host.CreateUserAsync("Bob");
        using var admin = host.Client(ApiTestHost.AdminKey, api);
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{bob.Id}/plan", new { plan = "basic" })).EnsureSuccessStatusCode();
        using var client = host.Client(bob.Key, api);

        await WarmUpAsync(api);

        var statuses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => StatusAsync(client.PostAsJsonAsync($"/api/v1/users/{bob.Id}/tools", Tool($"tool_{i}")))));

        statuses.Count(s => s == HttpStatusCode.Created).Should().Be(4, "a user keeps at most 4 tools: {0}", string.Join(", ", statuses));
        statuses.Count(s => s == HttpStatusCode.Conflict).Should().Be(Parallel - 4);
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{bob.Id}/tools")).GetArrayLength().Should().Be(4);
    }

    [Fact]
    public async Task Runs_ArrivingTogether_PassTheHourlyLimitExactly()
    {
        await using var api = host.CreateFactory(Limits);
        var cleo = await host.CreateUserAsync("Cleo");
        using var client = host.Client(cleo.Key, api);
        var created = await client.PostAsJsonAsync($"/api/v1/users/{cleo.Id}/tools", Tool("double"));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WarmUpAsync(api);

        var statuses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            StatusAsync(client.PostAsJsonAsync($"/api/v1/users/{cleo.Id}/tools/{id}/run", new { inputs = new { x = i } }))));

        statuses.Count(s => s == HttpStatusCode.OK).Should().Be(3, "3 runs an hour are allowed: {0}", string.Join(", ", statuses));
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).Should().Be(Parallel - 3);
        var audit = await ToolAudit.ReadAsync(host.Postgres.ConnectionString, cleo.Id);
        audit.Count(a => a.Action == "run" && a.Outcome == "success").Should().Be(3);
        audit.Count(a => a.Action == "run" && a.Outcome == "limited").Should().Be(Parallel - 3, "every limited run is on record");
    }

    // Another user's creation and run take the same paths first, so that the racing requests start level.
    private async Task WarmUpAsync(ApiFactory api)
    {
        var someone = await host.CreateUserAsync("Warm");
        using var client = host.Client(someone.Key, api);
        var created = await client.PostAsJsonAsync($"/api/v1/users/{someone.Id}/tools", Tool("warm_up"));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/v1/users/{someone.Id}/tools/{id}/run", new { inputs = new { x = 1 } })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<HttpStatusCode> StatusAsync(Task<HttpResponseMessage> sent)
    {
        using var response = await sent;
        return response.StatusCode;
    }
}
