
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure.Servers;
using HealthAgent.Tests.Functional.Agent;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Functional.Operability;

/// <summary>
/// Redis, then PostgreSQL, then the LLM go away under a running Api while requests flow: the health endpoints say
/// exactly what is down, nothing acknowledged is lost, and service resumes as each comes back.
/// </summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private readonly string _folder = TempFolder.Create("faults");
    private PostgresServerProcess _postgres = null!;
    private RedisServerProcess _redis = null!;
    private LlmStub _llm = null!;
    private volatile bool _llmDown;

    public async Task InitializeAsync()
    {
        _postgres = new PostgresServerProcess(new PostgresServerSettings(Path.Combine(_folder, "pg"), FreePort.Next(), $"pw{Guid.NewGuid():N}", Durable: false));
        await _postgres.StartAsync();
        await _postgres.CreateDatabaseAsync("healthdb");
        _redis = new RedisServerProcess(new RedisServerSettings(Path.Combine(_folder, "redis"), FreePort.Next(), $"pw{Guid.NewGuid():N}"));
        await _redis.StartAsync();
        var text = LlmStub.Text("Hello from the LLM.");
        _llm = await LlmStub.StartAsync(new ScriptedResponses().Then(context =>
        {
            if (!_llmDown)
            {
                return text(context);
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }));
    }

    [Fact]
    public async Task DependenciesFailOneByOne_HealthSaysWhatIsDown_NoAcknowledgedWriteIsLost_AndServiceResumes()
    {
        var settings = _llm.Settings(extra: [("Auth:ServiceKey", ApiTestHost.ServiceKey), ("Health:Timeout", "00:00:01"),
            ("RateLimiting:Conversation:Burst", "1000"), ("RateLimiting:Conversation:PermitsPerMinute", "1000"),
            ("Resilience:Clients:llm:BreakerFailureThreshold", "1000")]);
        await using var api = new ApiFactory(_postgres.ConnectionString("healthdb"), _redis.ConnectionString, settings);
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiTestHost.ServiceKey);
        var user = (await (await client.PostAsJsonAsync("/api/v1/users", new { telegramId = 31337, displayName = "Ada" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var acknowledged = new List<Guid>();

        (await StatusAsync(client)).Should().Be(("ok", "ok", "ok"));
        await LogAsync(client, user, acknowledged, 2);

        await _redis.StopAsync();
        (await StatusAsync(client)).Should().Be(("degraded", "ok", "unavailable"), "only Redis is down and the Api serves without it");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await LogAsync(client, user, acknowledged, 2)).Should().Be(2, "writes go to PostgreSQL while Redis is down");

        await _postgres.StopAsync();
        (await StatusAsync(client)).Should().Be(("unavailable", "unavailable", "unavailable"));
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await LogAsync(client, user, acknowledged, 2)).Should().Be(0, "nothing can be acknowledged without PostgreSQL");

        await _postgres.StartAsync();
        _llmDown = true;
        var answer = await client.PostAsJsonAsync($"/api/v1/conversations/{user}/messages", new { text = "how many calories today?" });
        var reply = await answer.Content.ReadFromJsonAsync<JsonElement>();
        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        reply.GetProperty("brain").GetString().Should().Be("offline", "the offline brain answers while the LLM is down");
        reply.GetProperty("status").GetString().Should().Be("degraded");
        reply.GetProperty("unavailable_sources").EnumerateArray().Select(s => s.GetString()).Should().Contain("llm");
        (await StatusAsync(client)).Should().Be(("degraded", "ok", "unavailable"));

        await _redis.StartAsync();
        _llmDown = false;
        var status = await StatusAsync(client);
        for (var attempt = 0; attempt < 100 && status != ("ok", "ok", "ok"); attempt++)
        {
            await Task.Delay(100);
            status = await StatusAsync(client);
        }
        status.Should().Be(("ok", "ok", "ok"), "everything came back");
        var back = await (await client.PostAsJsonAsync($"/api/v1/conversations/{user}/messages", new { text = "hi" })).Content.ReadFromJsonAsync<JsonElement>();
        back.GetProperty("brain").GetString().Should().Be("llm");
        (await LogAsync(client, user, acknowledged, 1)).Should().Be(1);

        var stored = new List<Guid>();
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user}/food/entries?limit=200");
        stored.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        stored.Should().BeEquivalentTo(acknowledged, "every acknowledged write is stored, and nothing else");
    }

    public async Task DisposeAsync()
    {
        await _llm.DisposeAsync();
        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
        TempFolder.Delete(_folder);
    }

    private static async Task<(string Overall, string Postgres, string Redis)> StatusAsync(HttpClient client)
    {
        var deps = await client.GetFromJsonAsync<JsonElement>("/health/deps");
        var dependencies = deps.GetProperty("dependencies");
        return (deps.GetProperty("status").GetString()!, dependencies.GetProperty("postgres").GetProperty("status").GetString()!,
            dependencies.GetProperty("redis").GetProperty("status").GetString()!);
    }

    // Logs n entries and returns how many were acknowledged (201); acknowledged ids are remembered.
    private static async Task<int> LogAsync(HttpClient client, Guid user, List<Guid> acknowledged, int count)
    {
        var ok = 0;
        for (var i = 0; i < count; i++)
        {
            var item = new { name = "apple", quantity = 1, unit = "piece", grams = 180, kcal = 94m, proteinG = 0.5m, carbsG = 25m, fatG = 0.3m };
            using var response = await client.PostAsJsonAsync($"/api/v1/users/{user}/food/entries", new { items = new[] { item } });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry").GetProperty("id").GetGuid());
                ok++;
            }
        }
        return ok;
    }
}
