using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Functional.Agent;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Plans;

/// <summary>Invite codes made by administrators, redeemed with /activate; plans set by code or by an administrator; invite-only mode.</summary>
public sealed class InviteTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task ACode_GivesItsPlan_ToAsManyUsersAsItAllows_OnceEach()
    {
        using var admin = host.Client(ApiTestHost.AdminKey);
        var code = await CreateAsync(admin, new { plan = "basic", maxUses = 2, note = "beta testers" });
        var (ada, bob, cleo) = (await host.CreateUserAsync("Ada"), await host.CreateUserAsync("Bob"), await host.CreateUserAsync("Cleo"));

        var activated = ConversationClient.Text(await ActivateAsync(ada, code.ToLowerInvariant()));
        var again = ConversationClient.Text(await ActivateAsync(ada, code));
        await ActivateAsync(bob, code);
        var usedUp = ConversationClient.Text(await ActivateAsync(cleo, code));
        var typo = ConversationClient.Text(await ActivateAsync(cleo, "HA-NOPE-NOPE"));
        var bare = ConversationClient.Text(await ActivateAsync(cleo, null));
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/invites")).EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

        activated.Should().StartWith("Activated! You're on the basic plan.").And.Contain("Where do you live?", "a new user is onboarded next");
        again.Should().StartWith("Activated! You're on the basic plan.");
        usedUp.Should().Be("That code has been used up.");
        typo.Should().Contain("I don't know that code");
        bare.Should().Contain("/activate HA-");
        listed.GetProperty("uses").GetInt32().Should().Be(2, "redeeming twice counts once");
        listed.GetProperty("note").GetString().Should().Be("beta testers");
        (await PlanAsync(ada)).Should().Be("basic");
        (await PlanAsync(cleo)).Should().Be("free");
    }

    [Fact]
    public async Task ARevokedOrExpiredCode_IsRefused_AndAnAdministratorCanSetAPlan()
    {
        using var admin = host.Client(ApiTestHost.AdminKey);
        var revoked = await CreateAsync(admin, new { plan = "premium" });
        var expiring = await CreateAsync(admin, new { plan = "premium", expiresAt = DateTimeOffset.UtcNow.AddSeconds(1) });
        var dan = await host.CreateUserAsync("Dan");
        (await admin.DeleteAsync($"/api/v1/admin/invites/{revoked}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        var withdrawn = ConversationClient.Text(await ActivateAsync(dan, revoked));
        var expired = ConversationClient.Text(await ActivateAsync(dan, expiring));
        var set = await admin.PutAsJsonAsync($"/api/v1/admin/users/{dan.Id}/plan", new { plan = "premium" });

        withdrawn.Should().Be("That code was withdrawn.");
        expired.Should().Be("That code has expired.");
        set.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PlanAsync(dan)).Should().Be("premium");
    }

    [Fact]
    public async Task BadInvites_Are400NamingTheField_AndOnlyTheAdminKeyMayMakeThem()
    {
        using var admin = host.Client(ApiTestHost.AdminKey);
        var ada = await host.CreateUserAsync();

        var gold = await admin.PostAsJsonAsync("/api/v1/admin/invites", new { plan = "gold", maxUses = 0, expiresAt = DateTimeOffset.UtcNow.AddDays(-1) });
        var badPlan = await admin.PutAsJsonAsync($"/api/v1/admin/users/{ada.Id}/plan", new { plan = "gold" });
        var asUser = await ada.Client.PostAsJsonAsync("/api/v1/admin/invites", new { plan = "premium" });

        gold.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await gold.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .Should().BeEquivalentTo(["plan", "maxUses", "expiresAt"]);
        badPlan.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        asUser.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WhenInvitesAreRequired_ANewUserIsAnsweredOnlyWithTheWayIn_UntilTheyActivate()
    {
        await using var inviteOnly = host.CreateFactory(new Dictionary<string, string?> { ["Invites:Required"] = "true" });
        using var service = host.Client(ApiTestHost.ServiceKey, inviteOnly);
        using var admin = host.Client(ApiTestHost.AdminKey, inviteOnly);
        var existing = await host.CreateUserAsync("Eve");
        var created = await service.PostAsJsonAsync("/api/v1/users", new { telegramId = Random.Shared.NextInt64(1, 1L << 52), displayName = "Finn" });
        var finnId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var finn = new ConversationClient(new TestUser(finnId, "", service), service);
        var code = await CreateAsync(admin, new { plan = "free" });

        var refused = ConversationClient.Text(await finn.SayAsync("2 eggs for breakfast"));
        var start = ConversationClient.Text(await (await finn.CommandAsync("start")).Content.ReadFromJsonAsync<JsonElement>());
        var activated = ConversationClient.Text(await (await finn.CommandAsync("activate", code)).Content.ReadFromJsonAsync<JsonElement>());
        var answered = ConversationClient.Text(await finn.SayAsync("stop"));
        var eve = ConversationClient.Text(await new ConversationClient(existing, host.Client(existing.Key, inviteOnly)).SayAsync("hi"));

        refused.Should().Be("HealthAgent is invite-only here for now. If you have an invite code, send /activate followed by the code.");
        start.Should().StartWith("HealthAgent is invite-only");
        activated.Should().StartWith("Activated! You're on the free plan.");
        answered.Should().StartWith("OK, stopped.");
        eve.Should().NotStartWith("HealthAgent is invite-only", "users who joined before keep their access");
    }

    private static async Task<string> CreateAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/admin/invites", body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, text);
        var code = JsonDocument.Parse(text).RootElement.GetProperty("code").GetString()!;
        code.Should().MatchRegex("^HA-[A-Z2-9]{4}-[A-Z2-9]{4}$");
        return code;
    }

    private static async Task<JsonElement> ActivateAsync(TestUser user, string? code)
    {
        var response = await new ConversationClient(user).CommandAsync("activate", code);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<string?> PlanAsync(TestUser user) =>
        (await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.Id}")).GetProperty("plan").GetString();
}
