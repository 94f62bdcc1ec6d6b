using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HealthAgent.Contracts.Commands;
using HealthAgent.Tests.Functional.Bot;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.Functional.Plans;

/// <summary>
/// The admin chat commands through the whole path: our Bot API stub, the real Bot, the real Api with
/// <c>Telegram:AdminIds</c>, PostgreSQL. Codes made in chat are the REST endpoints' codes.
/// </summary>
public sealed partial class AdminChatCommandsTests(ApiTestHost host) : IClassFixture<ApiTestHost>, IAsyncLifetime
{
    private readonly long _admin = Random.Shared.Next(1_000_000, 2_000_000_000);
    private int _nextUpdate = Random.Shared.Next(1, 1_000_000_000);
    private TelegramStub _telegram = null!;
    private ApiFactory _api = null!;
    private BotFactory _factory = null!;
    private IAsyncDisposable _bot = null!;

    public async Task InitializeAsync()
    {
        _telegram = await TelegramStub.StartAsync();
        // Two administrators, comma-separated: someone else (42) and the one these tests speak as.
        _api = host.CreateFactory(new Dictionary<string, string?> { ["Telegram:AdminIds"] = $"42, {_admin}" });
        _factory = new BotFactory(_telegram.BaseAddress, new Uri("http://localhost"), host.Redis.ConnectionString,
            new Dictionary<string, string?> { ["Auth:ServiceKey"] = ApiTestHost.ServiceKey });
        var bot = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient("api").ConfigurePrimaryHttpMessageHandler(() => _api.Server.CreateHandler())));
        bot.CreateClient();
        _bot = bot;
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _factory.DisposeAsync();
        await _api.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task AnAdminMakesACodeInChat_ASecondUserRedeemsIt_AndTheAdminListsAndRevokesIt()
    {
        var guest = _admin + 1;

        var made = await SayAsync(_admin, "/invite basic 30 5");
        var code = InviteCode().Match(made).Value;
        var activated = await SayAsync(guest, "/activate " + code);
        var listed = await SayAsync(_admin, "/invites");
        var revoked = await SayAsync(_admin, "/revoke " + code);
        var afterwards = await SayAsync(_admin, "/invites");

        made.Should().StartWith($"New invite code {code}: basic plan, 0 of 5 use(s) taken, valid until ").And.EndWith($"Whoever gets it sends /activate {code}");
        activated.Should().StartWith("Activated! You're on the basic plan.");
        (await ProfileAsync(guest)).GetProperty("plan").GetString().Should().Be("basic");
        listed.Should().Contain($"• {code}: basic plan, 1 of 5 use(s) taken");
        revoked.Should().Be($"{code} is withdrawn: no one else can redeem it. The 1 who did keep their plan.");
        afterwards.Should().NotContain(code);
        var rest = await AdminInvitesAsync();
        rest.Should().ContainSingle(i => i.GetProperty("code").GetString() == code)
            .Which.GetProperty("revoked").GetBoolean().Should().BeTrue("the chat and REST share one store");
    }

    [Fact]
    public async Task ANonAdmin_GetsTheUnknownCommandAnswer_AndNoCodeIsMade()
    {
        var stranger = _admin + 2;
        var before = (await AdminInvitesAsync()).Count;

        var invite = await SayAsync(stranger, "/invite premium 30 100");
        var plan = await SayAsync(stranger, $"/plan {stranger} premium");
        var nonsense = await SayAsync(stranger, "/nonsense");

        invite.Should().Be(ChatCommands.UnknownCommandReply);
        plan.Should().Be(invite);
        nonsense.Should().Be(invite, "an admin command must look exactly like one that does not exist");
        (await AdminInvitesAsync()).Should().HaveCount(before);
        (await ProfileAsync(stranger)).GetProperty("plan").GetString().Should().Be("free");
    }

    [Fact]
    public async Task Plan_SetsAUsersPlan_ByTelegramIdOrUserId_VisibleInTheirRestProfile()
    {
        var member = _admin + 3;
        await SayAsync(member, "/today");
        var id = (await ProfileAsync(member)).GetProperty("id").GetGuid();

        var premium = await SayAsync(_admin, $"/plan {member} premium");
        var afterPremium = await UserPlanAsync(id);
        var basic = await SayAsync(_admin, $"/plan {id} basic");

        premium.Should().Be($"Ann (Telegram id {member}, user {id}) is now on the premium plan.");
        afterPremium.Should().Be("premium");
        basic.Should().EndWith("is now on the basic plan.");
        (await UserPlanAsync(id)).Should().Be("basic");
    }

    [Theory]
    [InlineData("/invite gold", "That didn't work: plan is one of free, basic, premium. Make a code like this:")]
    [InlineData("/invite basic soon", "\"soon\" is not a number of days: give a whole number from 1 to 3650.")]
    [InlineData("/invite basic 30 lots", "\"lots\" is not a number of uses: give a whole number from 1 to 10000.")]
    [InlineData("/invite basic 30 0", "That didn't work: maxUses is 1 to 10000.")]
    [InlineData("/invite basic 30 5 6", "Make a code like this: /invite [plan] [days] [uses]")]
    [InlineData("/plan 77 gold", "That didn't work: plan is one of free, basic, premium. Set a plan like this:")]
    [InlineData("/plan 1 basic", "I don't know that user. Set a plan like this:")]
    [InlineData("/plan", "Set a plan like this: /plan USER PLAN")]
    [InlineData("/revoke HA-NOPE-NOPE", "I don't know that code; /invites lists the usable ones.")]
    [InlineData("/revoke", "Name the code to withdraw, like this: /revoke HA-7K2M-QX9P")]
    public async Task BadAdminInput_GetsAFriendlySentence_AndChangesNothing(string command, string expected)
    {
        var before = (await AdminInvitesAsync()).Count;
        await SayAsync(_admin + 4, "/today");   // an existing user, so that "/plan 77 gold" is wrong only in its plan

        var answer = await SayAsync(_admin, command.Replace("77", (_admin + 4).ToString(), StringComparison.Ordinal));

        answer.Should().StartWith(expected);
        (await AdminInvitesAsync()).Should().HaveCount(before);
    }

    // Sends a message as Telegram user (and private chat) `from` and returns the Bot's next message to that chat.
    private async Task<string> SayAsync(long from, string text)
    {
        var seen = Texts(from).Count;
        var update = Interlocked.Increment(ref _nextUpdate);
        _telegram.Enqueue(TelegramStub.TextUpdate(update, from, text, update));
        (await Eventually.TrueAsync(() => Texts(from).Count > seen, TimeSpan.FromSeconds(30)))
            .Should().BeTrue($"the Bot should answer \"{text}\"; it said: {string.Join(" | ", Texts(from))}");
        return Texts(from)[seen];
    }

    private List<string> Texts(long chat) =>
        [.. _telegram.CallsTo("sendMessage").Select(c => JsonNode.Parse(c.Body)!)
            .Where(m => m["chat_id"]!.GetValue<long>() == chat).Select(m => WebUtility.HtmlDecode(m["text"]!.GetValue<string>()))];

    private async Task<List<JsonElement>> AdminInvitesAsync()
    {
        using var admin = host.Client(ApiTestHost.AdminKey, _api);
        return [.. (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/invites")).EnumerateArray()];
    }

    // Registering an existing Telegram id returns that user's profile.
    private async Task<JsonElement> ProfileAsync(long telegramId)
    {
        using var service = host.Client(ApiTestHost.ServiceKey, _api);
        return await (await service.PostAsJsonAsync("/api/v1/users", new { telegramId, displayName = "x" })).Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string?> UserPlanAsync(Guid id)
    {
        using var service = host.Client(ApiTestHost.ServiceKey, _api);
        return (await service.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}")).GetProperty("plan").GetString();
    }

    [GeneratedRegex("HA-[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex InviteCode();
}
