using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Api.Import;
using HealthAgent.Tests.Functional.Agent;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace HealthAgent.Tests.Functional.Import;

/// <summary>
/// The legacy memory import as operators run it (<c>import-memory</c>, docs/memory-import.md), against the test
/// PostgreSQL: the mapping, the report, dry run against real run, a second run, conflicts, bad arguments, and recall.
/// </summary>
public sealed class MemoryImportTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task ARealRun_MapsFieldsToFactsAndTheRestToMemories_SkipsWhatIsNotAFact_AndReportsWhatNeedsAttention()
    {
        using var sample = new LegacySample();
        var source = sample.Fingerprint();

        var (exit, report, summary) = await ImportAsync(sample, "--from", sample.Root);

        exit.Should().Be(1, "one folder has an unknown field, an unknown file and a Latin-1 file, and the root holds what is not a user folder");
        var full = User(report, sample.Full);
        full.GetProperty("userCreated").GetBoolean().Should().BeTrue();
        Facts(full).Should().BeEquivalentTo(["time zone=Europe/Berlin", "height (cm)=168", "weight (kg)=78", "target weight (kg)=62"]);
        Memories(full).Should().BeEquivalentTo([
            "goal=Goal: lose 5 kg by summer", "preference=Preferred tone: casual", "other=Works night shifts twice a week.",
            "routine=Observed pattern: Skips breakfast on weekdays", "routine=Observed pattern: Snacks late in the evening",
            "diet=Allergic to or avoids: peanuts", "diet=Likes: oatmeal, berries, green tea", "routine=Preferred activities: running, yoga",
            "other=Food history: 2024-05-01: oatmeal with berries (breakfast)", "other=Food history: 2024-05-01: chicken salad (lunch)"]);
        Skipped(full).Should().Contain([
            "profile.md:6=duplicate: superseded by profile.md:16", "preferences.md:15=duplicate: superseded by preferences.md:17",
            "preferences.md:12=duplicate: superseded by preferences.md:16", "preferences.md:4=template default", "preferences.md:11=template default",
            "profile.md:4=empty", "patterns.md:4=placeholder", "food_history.md:5=duplicate"]);
        full.GetProperty("files").EnumerateArray().Select(f => (f.GetProperty("name").GetString(), f.GetProperty("sha256").GetString()))
            .Should().BeEquivalentTo(new[] { "food_history.md", "patterns.md", "preferences.md", "profile.md" }
                .Select(f => ((string?)f, (string?)LegacySample.Sha256(sample.PathOf(sample.Full, f)))));

        var templates = User(report, sample.TemplatesOnly);
        templates.GetProperty("userId").ValueKind.Should().Be(JsonValueKind.Null, "templates alone hold no fact, so no user is made");
        templates.GetProperty("factsCreated").GetArrayLength().Should().Be(0);
        templates.GetProperty("memoriesCreated").GetArrayLength().Should().Be(0);
        Skipped(templates).Select(s => s.Split('=')[1]).Distinct().Should().BeEquivalentTo(["empty", "template default", "placeholder"]);

        var odd = User(report, sample.Odd);
        Memories(odd).Should().Equal("health=Age when the old profile was written: 34");
        odd.GetProperty("attention").EnumerateArray().Select(a => a.GetProperty("reason").GetString()).Should().ContainSingle(r => r!.StartsWith("unknown field 'body fat'"));
        odd.GetProperty("files").EnumerateArray().Select(f => $"{f.GetProperty("name").GetString()}={f.GetProperty("status").GetString()}")
            .Should().BeEquivalentTo(["notes.txt=unknown file", "preferences.md=not read", "profile.md=read"]);
        odd.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "preferences.md").GetProperty("problem").GetString()
            .Should().StartWith("not UTF-8 (byte 0xFC");
        User(report, sample.Empty).GetProperty("files").GetArrayLength().Should().Be(0);
        report.GetProperty("report").GetProperty("unknownEntries").EnumerateArray().Select(e => e.GetString()).Should().Equal("backup-2024/", "README.txt");
        summary.Should().Contain($"- {sample.Full}: user").And.Contain("attention: profile.md:15: unknown field 'body fat'").And.Contain("Something needs attention (exit 1)");

        sample.Fingerprint().Should().BeEquivalentTo(source, "the source folder is only read");
        var userId = full.GetProperty("userId").GetGuid();
        (await ScalarAsync("SELECT time_zone || ' ' || height_cm FROM users WHERE id = $1", userId)).Should().Be("Europe/Berlin 168.0");
        (await ScalarAsync("SELECT weight_kg || ' ' || source || ' ' || to_char(measured_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM weight_entries WHERE user_id = $1", userId))
            .Should().Be("78.00 import 2024-05-02 08:30", "a weight is dated by its file's last write");
        (await ScalarAsync("SELECT target_weight_kg::text FROM goals WHERE user_id = $1", userId)).Should().Be("62.00");
        (await ScalarAsync("SELECT count(*) || ' ' || bool_and(source = 'import') FROM memories WHERE user_id = $1", userId)).Should().Be("10 true");
    }

    [Fact]
    public async Task ADryRun_WritesNothing_AndReportsWhatTheRealRunThenDoes_AndASecondRunCreatesNothing()
    {
        using var sample = new LegacySample();

        var (dryExit, dry, drySummary) = await ImportAsync(sample, "--from", sample.Root, "--dry-run");
        var usersAfterDryRun = await ScalarAsync("SELECT count(*)::text FROM users WHERE telegram_id = ANY($1)", new[] { sample.Full, sample.Odd });
        var (exit, real, _) = await ImportAsync(sample, "--from", sample.Root);
        var (againExit, again, againSummary) = await ImportAsync(sample, "--from", sample.Root);

        usersAfterDryRun.Should().Be("0", "a dry run writes nothing");
        drySummary.Should().Contain("dry run: nothing was written").And.Contain($"- {sample.Full}: user would be created; 4 file(s); 4 fact(s) and 10 memory(ies) would be created");
        dryExit.Should().Be(exit);
        foreach (var id in new[] { sample.Full, sample.Odd, sample.TemplatesOnly })
        {
            Facts(User(dry, id)).Should().Equal(Facts(User(real, id)));
            Memories(User(dry, id)).Should().Equal(Memories(User(real, id)));
            Skipped(User(dry, id)).Should().Equal(Skipped(User(real, id)));
        }
        User(dry, sample.Full).GetProperty("userId").ValueKind.Should().Be(JsonValueKind.Null, "the user a dry run would create does not exist");

        againExit.Should().Be(exit);
        var full = User(again, sample.Full);
        full.GetProperty("userCreated").GetBoolean().Should().BeFalse();
        full.GetProperty("userId").GetGuid().Should().Be(User(real, sample.Full).GetProperty("userId").GetGuid());
        Facts(full).Should().BeEmpty();
        Memories(full).Should().BeEmpty();
        Skipped(full).Count(s => s.EndsWith("=duplicate: already in HealthAgent", StringComparison.Ordinal)).Should().Be(14, "4 facts and 10 memories were there already");
        full.GetProperty("files").EnumerateArray().Should().OnlyContain(f => f.GetProperty("previousSha256").GetString() == f.GetProperty("sha256").GetString());
        againSummary.Should().Contain("0 fact(s) and 0 memory(ies) created");
        var userId = full.GetProperty("userId").GetGuid();
        (await ScalarAsync("SELECT (SELECT count(*) FROM memories WHERE user_id = $1) || ' ' || (SELECT count(*) FROM weight_entries WHERE user_id = $1)", userId))
            .Should().Be("10 1");
    }

    [Fact]
    public async Task AValueHealthAgentHasAndTheFilesContradict_IsAConflict_NeverOverwritten()
    {
        using var sample = new LegacySample();
        using var service = host.Client(ApiTestHost.ServiceKey);
        var created = await service.PostAsJsonAsync("/api/v1/users", new { telegramId = sample.Conflicted, displayName = "Cleo" });
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await service.PatchAsJsonAsync($"/api/v1/users/{userId}", new { timeZone = "Asia/Tokyo", heightCm = 170 })).EnsureSuccessStatusCode();

        var (exit, report, summary) = await ImportAsync(sample, "--from", sample.Root, "--user", sample.Conflicted.ToString());

        exit.Should().Be(1);
        var cleo = User(report, sample.Conflicted);
        cleo.GetProperty("userId").GetGuid().Should().Be(userId);
        cleo.GetProperty("conflicts").EnumerateArray().Select(c => $"{c.GetProperty("field").GetString()}: {c.GetProperty("inHealthAgent").GetString()} / {c.GetProperty("inFile").GetString()}")
            .Should().BeEquivalentTo(["time zone: Asia/Tokyo / Europe/Berlin", "height (cm): 170.0 / 180"]);
        Memories(cleo).Should().Equal("diet=Allergic to or avoids: shellfish");
        report.GetProperty("report").GetProperty("users").GetArrayLength().Should().Be(1, "--user imports one folder");
        summary.Should().Contain("conflict: time zone is Asia/Tokyo in HealthAgent and Europe/Berlin in preferences.md:15; kept Asia/Tokyo");
        (await ScalarAsync("SELECT time_zone || ' ' || height_cm FROM users WHERE id = $1", userId)).Should().Be("Asia/Tokyo 170.0");
    }

    [Fact]
    public async Task AFolderWithNothingToAttendTo_ExitsZero_AndAnEmptySourceExitsOne()
    {
        using var sample = new LegacySample();
        var empty = Directory.CreateTempSubdirectory("legacy-empty-").FullName;
        try
        {
            var (clean, _, _) = await ImportAsync(sample, "--from", sample.Root, "--user", sample.Full.ToString());
            var (none, report, summary) = await ImportAsync(sample, "--from", empty);

            clean.Should().Be(0);
            none.Should().Be(1);
            report.GetProperty("totals").GetProperty("users").GetInt32().Should().Be(0);
            summary.Should().Contain("No user folder was found");
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Theory]
    [InlineData("import-memory")]
    [InlineData("import-memory --from /no/such/folder")]
    [InlineData("import-memory --from {root} --user abc")]
    [InlineData("import-memory --from {root} --user 1")]
    [InlineData("import-memory --from {root} --frmo x")]
    [InlineData("import-memory --from")]
    [InlineData("import-memory --from {root} --report {root}/report.json")]
    public async Task BadArguments_ExitTwo_WithTheUsage(string command)
    {
        using var sample = new LegacySample();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await ImportMemoryCommand.RunAsync(command.Replace("{root}", sample.Root).Split(' '), output, error, Configure);

        exit.Should().Be(2);
        error.ToString().Should().Contain("usage: import-memory --from DIR");
        output.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task WhatWasInTheFiles_IsRecalledByTheAgent_ForTheImportedUser()
    {
        using var sample = new LegacySample();
        var (_, report, _) = await ImportAsync(sample, "--from", sample.Root, "--user", sample.Full.ToString());
        var userId = User(report, sample.Full).GetProperty("userId").GetGuid();
        using var service = host.Client(ApiTestHost.ServiceKey);
        var key = (await (await service.PostAsJsonAsync($"/api/v1/users/{userId}/keys", new { name = "tests" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("key").GetString()!;
        await using var llm = await LlmStub.StartAsync(new ScriptedResponses().Then(LlmStub.Text("Peanuts.")).Then(LlmStub.Text("Lose 5 kg by summer.")));
        // Three memories per turn, so what reaches the model is what recall found for the question, not the most recent.
        await using var api = host.CreateFactory(llm.Settings(false, ("Agent:MaxMemories", "3")));
        var imported = new TestUser(userId, key, host.Client(key));
        var chat = new ConversationClient(imported, host.Client(key, api));

        await chat.SayAsync("what am I allergic to?");
        await chat.SayAsync("what's my goal?");
        var remembered = ConversationClient.Text(await new ConversationClient(imported).SayAsync("what do you know about me"));

        UserData(llm.Requests[0]).Should().Contain("Allergic to or avoids: peanuts");
        UserData(llm.Requests[1]).Should().Contain("Goal: lose 5 kg by summer").And.Contain("Europe/Berlin");
        remembered.Should().Contain("Allergic to or avoids: peanuts");
        var export = await imported.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{userId}/export");
        export.GetProperty("sections").GetProperty("legacyImport").EnumerateArray().Select(f => f.GetProperty("fileName").GetString())
            .Should().Equal("food_history.md", "patterns.md", "preferences.md", "profile.md");
    }

    private static string UserData(JsonElement request) =>
        request.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").ToString()).First(c => c.StartsWith("User data", StringComparison.Ordinal));

    private async Task<(int Exit, JsonElement Report, string Summary)> ImportAsync(LegacySample sample, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"import-report-{Guid.NewGuid():N}.json");
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            var exit = await ImportMemoryCommand.RunAsync(["import-memory", .. args, "--report", file], output, error, Configure);
            error.ToString().Should().BeEmpty();
            return (exit, JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement.Clone(), output.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private void Configure(Microsoft.Extensions.Hosting.IHostApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:healthdb"] = host.Postgres.ConnectionString, ["ConnectionStrings:redis"] = host.Redis.ConnectionString,
        });

    private static JsonElement User(JsonElement report, long telegramId) =>
        report.GetProperty("report").GetProperty("users").EnumerateArray().Single(u => u.GetProperty("telegramId").GetInt64() == telegramId);

    private static List<string> Facts(JsonElement user) =>
        [.. user.GetProperty("factsCreated").EnumerateArray().Select(f => $"{f.GetProperty("field").GetString()}={f.GetProperty("value").GetString()}")];

    private static List<string> Memories(JsonElement user) =>
        [.. user.GetProperty("memoriesCreated").EnumerateArray().Select(m => $"{m.GetProperty("category").GetString()}={m.GetProperty("content").GetString()}")];

    private static List<string> Skipped(JsonElement user) =>
        [.. user.GetProperty("skipped").EnumerateArray().Select(s => $"{s.GetProperty("from").GetString()}={s.GetProperty("reason").GetString()}")];

    private async Task<string?> ScalarAsync(string sql, object parameter)
    {
        await using var connection = new NpgsqlConnection(host.Postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter { Value = parameter } } };
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
