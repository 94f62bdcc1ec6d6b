using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Functional.Agent;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Tools;

/// <summary>
/// Tools made, changed, run and deleted in chat with either brain: a draft is shown with Save and Cancel buttons and
/// nothing is saved before Save; the LLM gets each saved tool as a function of its own; approval when required.
/// </summary>
public sealed class ChatToolsTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task TheOfflineBrain_DraftsATool_SavesItOnlyOnSave_ThenRunsChangesAndDeletesIt()
    {
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada);

        var draft = await chat.RunAsync("newtool", "protein_per_kg = Round(today_protein_g / body_weight_kg, 2)");
        var before = await ToolsAsync(ada);
        var saved = ConversationClient.Text(await chat.PressAsync(Draft(draft, "save")));
        var pressedTwice = ConversationClient.Text(await chat.PressAsync(Draft(draft, "save")));
        var ran = ConversationClient.Text(await chat.RunAsync("tool", "protein_per_kg body_weight_kg=80"));
        var change = await chat.SayAsync("make me a tool protein_per_kg = Round(today_protein_g / body_weight_kg, 1)");
        var changed = ConversationClient.Text(await chat.PressAsync(Draft(change, "save")));
        var deleted = ConversationClient.Text(await chat.SayAsync("delete my tool protein_per_kg"));

        var preview = ConversationClient.Text(draft);
        preview.Should().Contain("New tool protein_per_kg").And.Contain("Inputs: body_weight_kg").And.Contain("Formula: Round(today_protein_g / body_weight_kg, 2)")
            .And.Contain("Reads your today_protein_g");
        before.GetArrayLength().Should().Be(0, "a draft is not a tool until the user presses Save");
        saved.Should().StartWith("Saved protein_per_kg").And.Contain("/tool protein_per_kg body_weight_kg=…");
        pressedTwice.Should().Contain("already handled");
        ran.Should().Be("Result: 0");
        ConversationClient.Text(change).Should().StartWith("Change your tool protein_per_kg to:");
        changed.Should().StartWith("Saved protein_per_kg");
        deleted.Should().Be("Deleted your tool protein_per_kg.");
        (await ToolsAsync(ada)).GetArrayLength().Should().Be(0);
        (await AuditAsync(ada.Id)).Select(a => (a.Action, a.Outcome)).Should()
            .Equal(("create", "success"), ("run", "success"), ("update", "success"), ("delete", "success"));
    }

    [Fact]
    public async Task TheOfflineBrain_Cancels_ExplainsItsSyntax_AndARefusedDraftIsAuditedAsProbing()
    {
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada);

        var draft = await chat.SayAsync("create a tool called bmi = weight_kg / Pow(height_cm / 100, 2)");
        var cancelled = ConversationClient.Text(await chat.PressAsync(Draft(draft, "cancel")));
        var vague = ConversationClient.Text(await chat.SayAsync("make me a tool that computes my protein per kg of body weight"));
        var probe = ConversationClient.Text(await chat.RunAsync("newtool", "leak = '/etc/passwd'"));
        var forged = ConversationClient.Text(await chat.PressAsync($"tool:save:{Guid.NewGuid():N}"));

        ConversationClient.Text(draft).Should().Contain("New tool bmi").And.Contain("Inputs: none").And.Contain("Reads your height_cm, weight_kg");
        cancelled.Should().Be("Cancelled; nothing was saved.");
        vague.Should().Contain("/newtool protein_per_kg = today_protein_g / weight_kg");
        probe.Should().StartWith("Sorry, that didn't work:").And.Contain("numbers, names");
        forged.Should().Contain("already handled");
        (await ToolsAsync(ada)).GetArrayLength().Should().Be(0);
        (await AuditAsync(ada.Id)).Should().ContainSingle().Which.Should().Match<ToolAudit.Row>(a =>
            a.Action == "draft" && a.Outcome == "refused" && a.Refusal == "ForbiddenCharacter" && a.RequestId != null);
    }

    [Fact]
    public async Task AnotherUsersDraft_CannotBeSaved()
    {
        var ada = await host.CreateUserAsync();
        var bob = await host.CreateUserAsync("Bob");
        var draft = await new ConversationClient(ada).RunAsync("newtool", "double_kcal = today_kcal * 2");

        var stolen = ConversationClient.Text(await new ConversationClient(bob).PressAsync(Draft(draft, "save")));

        stolen.Should().Contain("already handled");
        (await ToolsAsync(ada)).GetArrayLength().Should().Be(0);
        (await ToolsAsync(bob)).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task TheLlm_DraftsThroughAFunction_TheUserSeesOurPreview_AndASavedToolIsAFunctionOfItsOwn()
    {
        await using var llm = await LlmStub.StartAsync(new ScriptedResponses()
            .Then(LlmStub.ToolCalls(("tools_draft", """
                {"name":"protein_per_kg","description":"Protein eaten today per kg of body weight.","formula":"Round(today_protein_g / body_weight_kg, 2)",
                 "inputs":[{"name":"body_weight_kg","description":"your weight in kg"}]}
                """)))
            .Then(LlmStub.Text("Here is your tool."))
            .Then(LlmStub.ToolCalls(("my_tools_protein_per_kg", """{"body_weight_kg":80}""")))
            .Then(LlmStub.Text("0 g per kg so far.")));
        await using var api = host.CreateFactory(llm.Settings());
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada, host.Client(ada.Key, api));

        var draft = await chat.SayAsync("make me a tool that computes my protein per kg of body weight");
        var saved = ConversationClient.Text(await chat.PressAsync(Draft(draft, "save")));
        var answer = await chat.SayAsync("what's my protein per kg? I weigh 80");

        ConversationClient.Text(draft).Should().StartWith("Here is your tool.\n\nNew tool protein_per_kg:")
            .And.Contain("Inputs: body_weight_kg (your weight in kg)");
        saved.Should().StartWith("Saved protein_per_kg");
        var offered = llm.Requests[2].GetProperty("tools").EnumerateArray().Single(t => t.GetProperty("function").GetProperty("name").GetString() == "my_tools_protein_per_kg");
        offered.GetProperty("function").GetProperty("description").GetString().Should().Contain("Protein eaten today per kg");
        offered.GetProperty("function").GetProperty("parameters").GetProperty("properties").GetProperty("body_weight_kg").GetProperty("type").GetString().Should().Be("number");
        llm.Requests[0].GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString())
            .Should().NotContain(n => n!.StartsWith("my_tools_"), "before it was saved the user had no tools");
        var result = llm.Requests[3].GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "tool").GetProperty("content").GetString();
        result.Should().Contain("\"value\":0");
        ConversationClient.Text(answer).Should().Be("0 g per kg so far.");
        (await AuditAsync(ada.Id)).Select(a => (a.Action, a.Outcome)).Should().Equal(("create", "success"), ("run", "success"));
    }

    [Fact]
    public async Task WithApprovalRequired_ANewTool_WaitsForAnAdministrator_AndAChangeWaitsAgain()
    {
        await using var api = host.CreateFactory(new Dictionary<string, string?> { ["Tools:RequireApproval"] = "true" });
        var ada = await host.CreateUserAsync();
        using var client = host.Client(ada.Key, api);
        using var admin = host.Client(ApiTestHost.AdminKey, api);
        var u = $"/api/v1/users/{ada.Id}";

        var created = await (await client.PostAsJsonAsync($"{u}/tools", new { name = "double_kcal", description = "Twice today's kcal.", formula = "today_kcal * 2" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var waiting = await client.PostAsJsonAsync($"{u}/tools/{id}/run", new { inputs = new { } });
        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/tools/pending");
        var approved = await (await admin.PostAsync($"/api/v1/admin/tools/{id}/approve", null)).Content.ReadFromJsonAsync<JsonElement>();
        var ran = await client.PostAsJsonAsync($"{u}/tools/{id}/run", new { inputs = new { } });
        (await client.PatchAsJsonAsync($"{u}/tools/{id}", new { formula = "today_kcal * 3" })).EnsureSuccessStatusCode();
        var afterChange = await client.PostAsJsonAsync($"{u}/tools/{id}/run", new { inputs = new { } });
        var asUser = await client.PostAsync($"/api/v1/admin/tools/{id}/approve", null);

        created.GetProperty("approved").GetBoolean().Should().BeFalse();
        waiting.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await waiting.Content.ReadAsStringAsync()).Should().Contain("approval");
        pending.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).Should().Contain(id);
        approved.GetProperty("approved").GetBoolean().Should().BeTrue();
        ran.StatusCode.Should().Be(HttpStatusCode.OK);
        afterChange.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a changed formula is a new program to approve");
        asUser.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await AuditAsync(ada.Id)).Select(a => a.Action).Should().Equal("create", "run", "approve", "run", "update", "run");
    }

    private static Task<JsonElement> ToolsAsync(TestUser user) => user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.Id}/tools");

    private Task<List<ToolAudit.Row>> AuditAsync(Guid userId) => ToolAudit.ReadAsync(host.Postgres.ConnectionString, userId);

    private static string Draft(JsonElement response, string verb) =>
        ConversationClient.Actions(response).Single(a => a.StartsWith($"tool:{verb}:", StringComparison.Ordinal));
}
