using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Functional.Agent;
using HealthAgent.Tests.Infrastructure;
using Npgsql;

namespace HealthAgent.Tests.Functional.Tools;

/// <summary>A user's own tools over REST: create, list, run with their figures, change, delete; limits and the audit.</summary>
public sealed class ToolsApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private static object ProteinPerKg(string name = "protein_per_kg") => new
    {
        name, description = "Protein eaten today per kg of body weight.",
        parameters = new[] { new { name = "body_weight_kg", description = "your weight" } },
        formula = "Round([today_protein_g] / [body_weight_kg], 2)",
    };

    [Fact]
    public async Task ATool_IsCreated_Run_OverTheUsersOwnFigures_Changed_AndDeleted_AndEveryStepIsAudited()
    {
        var ada = await host.CreateUserAsync();
        var u = $"/api/v1/users/{ada.Id}";
        (await ada.Client.PostAsJsonAsync($"{u}/food/entries", new
        {
            meal = "lunch", items = new[] { new { name = "chicken", quantity = 1, unit = "plate", grams = 300, kcal = 500, proteinG = 96, carbsG = 0, fatG = 10 } },
        })).EnsureSuccessStatusCode();

        var created = await ada.Client.PostAsJsonAsync($"{u}/tools", ProteinPerKg());
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var tool = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = tool.GetProperty("id").GetGuid();
        var run = await ada.Client.PostAsJsonAsync($"{u}/tools/{id}/run", new { inputs = new { body_weight_kg = 64 } });
        run.StatusCode.Should().Be(HttpStatusCode.OK, await run.Content.ReadAsStringAsync());
        (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetDouble().Should().Be(1.5, "96 g of protein today over 64 kg");

        var changed = await ada.Client.PatchAsJsonAsync($"{u}/tools/{id}", new { formula = "Round([today_protein_g] / [body_weight_kg], 1)" });
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString().Should().NotBe(tool.GetProperty("version").GetString());
        (await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/tools")).GetArrayLength().Should().Be(1);
        var export = await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/export");
        export.GetProperty("sections").GetProperty("tools").GetProperty("tools").GetArrayLength().Should().Be(1, "the export holds the user's tools");
        (await ada.Client.DeleteAsync($"{u}/tools/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await ada.Client.PostAsJsonAsync($"{u}/tools/{id}/run", new { inputs = new { body_weight_kg = 64 } })).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var audit = await AuditAsync(ada.Id);
        audit.Select(a => (a.Action, a.Outcome)).Should().Equal(("create", "success"), ("run", "success"), ("update", "success"), ("delete", "success"));
        audit[1].Output.Should().Be(1.5);
        audit[1].Input.Should().Contain("body_weight_kg");
        audit[1].RequestId.Should().NotBeNullOrEmpty();
        audit[1].Version.Should().Be(tool.GetProperty("version").GetString());
    }

    [Fact]
    public async Task BadDefinitions_And_BadRuns_Are400NamingTheField_AndAudited()
    {
        var ada = await host.CreateUserAsync();
        var u = $"/api/v1/users/{ada.Id}";

        var escape = await ada.Client.PostAsJsonAsync($"{u}/tools", new { name = "evil", description = "d", formula = "System.IO.File.ReadAllText([x])" });
        var created = await (await ada.Client.PostAsJsonAsync($"{u}/tools", ProteinPerKg())).Content.ReadFromJsonAsync<JsonElement>();
        var missing = await ada.Client.PostAsJsonAsync($"{u}/tools/{created.GetProperty("id").GetGuid()}/run", new { inputs = new { } });
        var zero = await ada.Client.PostAsJsonAsync($"{u}/tools/{created.GetProperty("id").GetGuid()}/run", new { inputs = new { body_weight_kg = 0 } });
        var duplicate = await ada.Client.PostAsJsonAsync($"{u}/tools", ProteinPerKg());

        await ExpectFieldAsync(escape, "formula");
        await ExpectFieldAsync(missing, "inputs.body_weight_kg");
        await ExpectFieldAsync(zero, "formula");
        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var audit = await AuditAsync(ada.Id);
        audit.Where(a => a.Outcome == "refused").Select(a => a.Action).Should().Equal("create", "run", "run");
        audit.Should().Contain(a => a.Refusal == "NotANumber", "the sandbox's own kind of refusal is recorded");
    }

    [Fact]
    public async Task Creations_And_Runs_AreLimitedPerHour_With429AndRetryAfter_AndTheLimitedRunIsAudited()
    {
        await using var api = host.CreateFactory(new Dictionary<string, string?> { ["Tools:CreationsPerHour:free"] = "2", ["Tools:RunsPerHour:free"] = "3" });
        var ada = await host.CreateUserAsync();
        using var client = host.Client(ada.Key, api);
        var u = $"/api/v1/users/{ada.Id}";

        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            ids.Add((await (await client.PostAsJsonAsync($"{u}/tools", ProteinPerKg($"tool_{i}"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        var third = await client.PostAsJsonAsync($"{u}/tools", ProteinPerKg("tool_2"));
        var runs = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            runs.Add((await client.PostAsJsonAsync($"{u}/tools/{ids[0]}/run", new { inputs = new { body_weight_kg = 70 } })).StatusCode);
        }
        var limited = await client.PostAsJsonAsync($"{u}/tools/{ids[0]}/run", new { inputs = new { body_weight_kg = 70 } });

        third.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        third.Headers.RetryAfter.Should().NotBeNull();
        third.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        runs.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "a limited run does not count towards the limit, but the hour is still full");
        (await AuditAsync(ada.Id)).Count(a => a.Action == "run" && a.Outcome == "limited").Should().Be(2);
    }

    [Fact]
    public async Task AnotherUsersTool_Is404_AndItsFiguresStayWithItsOwner()
    {
        var ada = await host.CreateUserAsync();
        var bob = await host.CreateUserAsync("Bob");
        var created = await (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tools", ProteinPerKg())).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        (await bob.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tools/{id}/run", new { inputs = new { body_weight_kg = 1 } })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await bob.Client.PostAsJsonAsync($"/api/v1/users/{bob.Id}/tools/{id}/run", new { inputs = new { body_weight_kg = 1 } })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await bob.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{bob.Id}/tools")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Probing_IsCountedAndFlagged_AndAnAdministratorCanDisableATool()
    {
        var eve = await host.CreateUserAsync("Eve");
        var u = $"/api/v1/users/{eve.Id}";
        var tool = await (await eve.Client.PostAsJsonAsync($"{u}/tools", ProteinPerKg())).Content.ReadFromJsonAsync<JsonElement>();
        var id = tool.GetProperty("id").GetGuid();
        foreach (var formula in new[] { "'/etc/passwd'", "Exec(1)", "{x}" })
        {
            (await eve.Client.PostAsJsonAsync($"{u}/tools", new { name = "probe", description = "d", formula })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }
        using var admin = host.Client(ApiTestHost.AdminKey);

        var flagged = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/tools/flagged");
        var asEve = await eve.Client.GetAsync("/api/v1/admin/tools/flagged");
        (await admin.PostAsync($"/api/v1/admin/tools/{id}/disable", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var whileDisabled = await eve.Client.PostAsJsonAsync($"{u}/tools/{id}/run", new { inputs = new { body_weight_kg = 60 } });
        (await admin.PostAsync($"/api/v1/admin/tools/{id}/enable", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var enabled = await eve.Client.PostAsJsonAsync($"{u}/tools/{id}/run", new { inputs = new { body_weight_kg = 60 } });
        var metrics = await admin.GetStringAsync("/metrics");

        flagged.EnumerateArray().Should().Contain(f => f.GetProperty("userId").GetGuid() == eve.Id && f.GetProperty("suspicious").GetInt32() >= 3);
        asEve.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await ExpectFieldAsync(whileDisabled, "tool");
        enabled.StatusCode.Should().Be(HttpStatusCode.OK);
        metrics.Should().MatchRegex(@"healthagent_tools_suspicious_total\{[^}]*reason=""ForbiddenCharacter""[^}]*\} [1-9]");
        metrics.Should().MatchRegex(@"healthagent_tools_suspicious_total\{[^}]*reason=""UnknownFunction""[^}]*\} [1-9]");
    }

    [Fact]
    public async Task TheAgent_RunsTheUsersTool_ByName_ThroughTheSameSandboxAndAudit()
    {
        await using var llm = await LlmStub.StartAsync(new ScriptedResponses()
            .Then(LlmStub.ToolCalls(("tools_run", """{"name":"protein_per_kg","inputs":{"body_weight_kg":80}}""")))
            .Then(LlmStub.Text("That is 0 g per kg so far today.")));
        await using var api = host.CreateFactory(llm.Settings());
        var ada = await host.CreateUserAsync();
        (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tools", ProteinPerKg())).EnsureSuccessStatusCode();

        var answer = await new ConversationClient(ada, host.Client(ada.Key, api)).SayAsync("run my protein per kg tool, I weigh 80 kg");

        answer.GetProperty("brain").GetString().Should().Be("llm");
        llm.Requests[0].GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString())
            .Should().Contain(["tools_list", "tools_run"]);
        var result = llm.Requests[1].GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("role").GetString() == "tool").GetProperty("content").GetString();
        result.Should().Contain("\"value\":0").And.Contain("\"version\"");
        (await AuditAsync(ada.Id)).Should().Contain(a => a.Action == "run" && a.Outcome == "success" && a.Input!.Contains("80"));
    }

    [Fact]
    public async Task TheOfflineBrain_ListsAndRunsTools_ThroughCommands()
    {
        var ada = await host.CreateUserAsync();
        (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tools", ProteinPerKg())).EnsureSuccessStatusCode();
        var chat = new ConversationClient(ada);

        var listed = await ReplyAsync(chat.CommandAsync("tools", null));
        var ran = await ReplyAsync(chat.CommandAsync("tool", "protein_per_kg body_weight_kg=80"));
        var malformed = await ReplyAsync(chat.CommandAsync("tool", "protein_per_kg body_weight_kg=eighty"));
        var unknown = await ReplyAsync(chat.CommandAsync("tool", "no_such_tool"));

        listed.Should().Contain("protein_per_kg(body_weight_kg)");
        ran.Should().Be("Result: 0", "no protein eaten today yet");
        malformed.Should().Contain("/tool protein_per_kg body_weight_kg=80");
        unknown.Should().Contain("A tool called 'no_such_tool' was not found");
        (await AuditAsync(ada.Id)).Should().Contain(a => a.Action == "run" && a.Outcome == "success");
    }

    // A command's answer and a refusal both carry the reply to show.
    private static async Task<string> ReplyAsync(Task<HttpResponseMessage> sent) =>
        ConversationClient.Text(await (await sent).Content.ReadFromJsonAsync<JsonElement>());

    private static async Task ExpectFieldAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field, text);
    }

    private Task<List<ToolAudit.Row>> AuditAsync(Guid userId) => ToolAudit.ReadAsync(host.Postgres.ConnectionString, userId);
}
