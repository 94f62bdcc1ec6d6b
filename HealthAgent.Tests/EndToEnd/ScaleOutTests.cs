using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthAgent.ServiceDefaults;

namespace HealthAgent.Tests.EndToEnd;

/// <summary>
/// The deployed shape on one machine (AppHost:Replicas): two Api and three Worker replicas on one PostgreSQL and one
/// Redis. Limits are shared, so a user gets the same budget whichever replica answers, and a due reminder reaches
/// Telegram once however many Workers poll for it.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ScaleOutTests(AppHostFixture host)
{
    [Fact]
    public async Task TheGraph_RunsTwoApiAndThreeWorkerReplicas()
    {
        (await host.ReplicasAsync(ResourceNames.Api)).Should().HaveCount(AppHostFixture.ApiReplicas);
        (await host.ReplicasAsync(ResourceNames.Worker)).Should().HaveCount(AppHostFixture.WorkerReplicas);
        (await host.ReplicasAsync(ResourceNames.Bot)).Should().HaveCount(1, "long polling allows one Bot");
    }

    [Fact]
    public async Task ConversationLimit_IsOneBudgetAcrossApiReplicas_ThoughBothReplicasServeTheUser()
    {
        using var api = host.Client(ResourceNames.Api, host.ServiceKey);
        var user = await (await api.PostAsJsonAsync("/api/v1/users", new { telegramId = 8181, displayName = "Scale" })).Content.ReadFromJsonAsync<JsonElement>();
        var path = $"/api/v1/conversations/{user.GetProperty("id").GetGuid()}/messages";
        // DCP's proxy balances connections, not requests: a connection each, as separate clients would open.
        api.DefaultRequestHeaders.ConnectionClose = true;

        var statuses = new List<HttpStatusCode>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 14; i++)
        {
            using var response = await api.PostAsJsonAsync(path, new { text = "drank 200 ml water" });
            statuses.Add(response.StatusCode);
        }
        var refilled = (int)Math.Ceiling(clock.Elapsed.TotalMinutes * 10);
        var served = new Dictionary<string, int>();
        foreach (var replica in await host.ReplicasAsync(ResourceNames.Api))
        {
            served[replica] = (await host.LogsAsync(replica)).Count(line => line.Contains(path, StringComparison.Ordinal));
        }

        served.Values.Should().OnlyContain(n => n > 0, $"the load-balanced address spreads requests over both replicas: {string.Join(", ", served)}");
        // One bucket of burst 5, refilled at 10 a minute while the requests ran; a bucket per replica would allow twice the burst.
        statuses.Count(s => s == HttpStatusCode.OK).Should().BeInRange(5, 5 + refilled, $"{refilled} refilled in {clock.Elapsed}: {string.Join(", ", statuses)}")
            .And.BeLessThan(10, "two replicas with a bucket each would have let 10 through at once");
        statuses.Should().Contain(HttpStatusCode.TooManyRequests).And.OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task DueReminder_WithThreeWorkers_ReachesTelegramExactlyOnce()
    {
        const long chat = 7474;
        using var api = host.Client(ResourceNames.Api, host.ServiceKey);
        var user = await (await api.PostAsJsonAsync("/api/v1/users", new { telegramId = chat, displayName = "Once" })).Content.ReadFromJsonAsync<JsonElement>();
        var due = DateTimeOffset.UtcNow.AddMinutes(1);
        var created = await api.PostAsJsonAsync($"/api/v1/users/{user.GetProperty("id").GetGuid()}/reminders", new
        {
            message = "Stretch for five minutes", kind = "water",
            schedule = new { type = "once", date = due.ToString("yyyy-MM-dd"), time = due.ToString("HH:mm") },
        });
        created.IsSuccessStatusCode.Should().BeTrue(await created.Content.ReadAsStringAsync());

        var deadline = DateTime.UtcNow.AddSeconds(120);
        var sent = 0;
        while (sent == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            sent = await CountAsync(chat, "Stretch for five minutes");
        }
        // Every Worker polls each second: five more rounds give a duplicate every chance to appear.
        await Task.Delay(TimeSpan.FromSeconds(5));

        sent.Should().Be(1, "the reminder became due and one Worker claimed it");
        (await CountAsync(chat, "Stretch for five minutes")).Should().Be(1, "no other Worker sent it again");
    }

    private async Task<int> CountAsync(long chat, string text) =>
        (await host.Emulator.BotMessagesAsync(AppHostFixture.BotToken)).Count(m =>
            m["message"]?["chat_id"]?.ToString() == chat.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && (m["message"]?["text"]?.GetValue<string>() ?? "").Contains(text, StringComparison.Ordinal));
}
