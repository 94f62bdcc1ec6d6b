using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthAgent.Tests.Functional.Bot;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.EndToEnd;

/// <summary>
/// A Telegram user, the outside <c>telegram-test-api</c> emulator, the real Bot, the real Api (offline brain) and
/// PostgreSQL: the whole path of a message and its answer.
/// </summary>
public sealed class TelegramFullPathTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private const string Token = "777002:full-path-token";

    // Each test is its own bot: the Bot keeps its polling position per token in the shared Redis.
    private const string OnboardingToken = "777003:onboarding-token";
    private const string CheckInToken = "777004:check-in-token";
    private const string SettingsToken = "777005:settings-token";
    private const long TelegramUser = 5151;

    [Fact]
    public async Task Onboarding_TakesAThreePartZoneName_OrASharedLocation_ThroughTelegram()
    {
        await using var emulator = await TelegramEmulator.StartAsync();
        await using var bot = StartBot(emulator, OnboardingToken);
        const long ana = TelegramUser + 1, kai = TelegramUser + 2;

        await emulator.UserSendsAsync(OnboardingToken, ana, "/start");
        var question = await WaitForAsync(emulator, OnboardingToken, 1);
        await emulator.UserSendsAsync(OnboardingToken, ana, "America/Argentina/Buenos_Aires");
        var zone = await WaitForAsync(emulator, OnboardingToken, 2);
        await emulator.UserSendsAsync(OnboardingToken, kai, "/start");
        await WaitForAsync(emulator, OnboardingToken, 3);
        await emulator.UserSharesLocationAsync(OnboardingToken, kai, 35.68, 139.69);
        var located = await WaitForAsync(emulator, OnboardingToken, 4);

        question.Should().Contain("Where do you live?");
        zone.Should().StartWith("Time zone set to America/Argentina/Buenos_Aires");
        located.Should().StartWith("Time zone set to Asia/Tokyo from your location");
        (await ProfileAsync(ana)).GetProperty("timeZone").GetString().Should().Be("America/Argentina/Buenos_Aires");
        (await ProfileAsync(kai)).GetProperty("timeZone").GetString().Should().Be("Asia/Tokyo");
    }

    [Fact]
    public async Task TheSleepCheckIn_AndAnInviteCode_WorkThroughTelegram()
    {
        await using var emulator = await TelegramEmulator.StartAsync();
        await using var bot = StartBot(emulator, CheckInToken);
        const long sam = TelegramUser + 3;
        using var admin = host.Client(ApiTestHost.AdminKey);
        var invite = await (await admin.PostAsJsonAsync("/api/v1/admin/invites", new { plan = "basic" })).Content.ReadFromJsonAsync<JsonElement>();

        var answers = new[] { "/sleep", "23:00", "7:00", "7", "1", "no", "no" };
        for (var i = 0; i < answers.Length; i++)
        {
            await emulator.UserSendsAsync(CheckInToken, sam, answers[i]);
            await WaitForAsync(emulator, CheckInToken, i + 1);
        }
        var logged = await WaitForAsync(emulator, CheckInToken, answers.Length);
        await emulator.UserSendsAsync(CheckInToken, sam, "/activate " + invite.GetProperty("code").GetString());
        var activated = await WaitForAsync(emulator, CheckInToken, answers.Length + 1);

        logged.Should().StartWith("Sleep logged: 8 h 00 min (23:00–07:00), quality 7/10, woke 1 time.");
        activated.Should().StartWith("Activated! You're on the basic plan.");
        (await ProfileAsync(sam)).GetProperty("plan").GetString().Should().Be("basic");
    }

    [Fact]
    public async Task ADrawnChart_ArrivesInTelegramAsAPhoto()
    {
        // telegram-test-api answers 500 to sendPhoto, so this path runs against our own Bot API stub over real HTTP.
        await using var telegram = await Functional.Bot.TelegramStub.StartAsync();
        await using var factory = new BotFactory(telegram.BaseAddress, new Uri("http://localhost"), host.Redis.ConnectionString,
            new Dictionary<string, string?> { ["Auth:ServiceKey"] = ApiTestHost.ServiceKey });
        await using var bot = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient("api").ConfigurePrimaryHttpMessageHandler(() => host.Factory.Server.CreateHandler())));
        bot.CreateClient();
        var chat = Random.Shared.Next(1_000_000, 2_000_000_000);

        telegram.Enqueue(Functional.Bot.TelegramStub.TextUpdate(chat, chat, "show my weight chart"));

        (await Eventually.TrueAsync(() => telegram.CallsTo("sendPhoto").Count > 0)).Should().BeTrue("the chart is sent with sendPhoto");
        var photo = telegram.CallsTo("sendPhoto").Single();
        photo.ContentType.Should().StartWith("multipart/form-data");
        photo.Body.Should().Contain("PNG").And.Contain("filename=\"image.png\"");
        photo.Body.Should().Contain("No weigh-ins in the last 30 days yet", "the reply's words, with the figures, are the photo's caption");
    }

    [Fact]
    public async Task Settings_ChangeTheCalorieGoalAndTheLanguage_WithButtonsAndAnAnswer()
    {
        await using var emulator = await TelegramEmulator.StartAsync();
        await using var bot = StartBot(emulator, SettingsToken);
        const long lea = TelegramUser + 4;

        await emulator.UserSendsAsync(SettingsToken, lea, "/settings");
        var menu = await WaitForTextAsync(emulator, SettingsToken, t => t.Contains("Your settings"));
        await emulator.UserPressesAsync(SettingsToken, lea, menu["messageId"]!.GetValue<long>(), "flow:settings:menu:kcal");
        await WaitForTextAsync(emulator, SettingsToken, t => t.StartsWith("Your daily calorie goal?", StringComparison.Ordinal));
        await emulator.UserSendsAsync(SettingsToken, lea, "1800");
        var saved = await WaitForTextAsync(emulator, SettingsToken, t => t.StartsWith("Calorie goal set to 1,800 kcal.", StringComparison.Ordinal));
        await emulator.UserPressesAsync(SettingsToken, lea, saved["messageId"]!.GetValue<long>(), "flow:settings:menu:language");
        var languages = await WaitForTextAsync(emulator, SettingsToken, t => t.StartsWith("Which language", StringComparison.Ordinal));
        await emulator.UserPressesAsync(SettingsToken, lea, languages["messageId"]!.GetValue<long>(), "flow:settings:language:es");
        await WaitForTextAsync(emulator, SettingsToken, t => t.StartsWith("Language set to Español.", StringComparison.Ordinal));
        await emulator.UserSendsAsync(SettingsToken, lea, "hola");
        var greeting = await WaitForTextAsync(emulator, SettingsToken, t => t.StartsWith("¡Hola!", StringComparison.Ordinal));

        menu["message"]!["reply_markup"]!["inline_keyboard"]!.AsArray().Should().HaveCountGreaterThan(5, "the menu is a keyboard of settings");
        greeting["message"]!["text"]!.GetValue<string>().Should().Contain("ayuda");
        var profile = await ProfileAsync(lea);
        profile.GetProperty("language").GetString().Should().Be("es");
        using var service = host.Client(ApiTestHost.ServiceKey);
        var goals = await service.GetFromJsonAsync<JsonElement>($"/api/v1/users/{profile.GetProperty("id").GetGuid()}/goals");
        goals.GetProperty("dailyKcal").GetInt32().Should().Be(1800);
    }

    [Fact]
    public async Task AVoiceNote_IsFetchedTranscribedAndLogged_ThroughTelegram()
    {
        // telegram-test-api answers 500 to getFile, so this path runs against our own Bot API stub over real HTTP,
        // and the Api talks to a local fake of the OpenAI-compatible chat and /audio/transcriptions endpoints.
        await using var telegram = await TelegramStub.StartAsync();
        await using var llm = await Functional.Agent.LlmStub.StartAsync(new ScriptedResponses()
            .Then(Functional.Agent.LlmStub.ToolCalls(("food_log", """{"items":[{"name":"egg","quantity":2},{"name":"toast","quantity":1}],"meal":"breakfast"}""")))
            .Then(Functional.Agent.LlmStub.Text("Logged your breakfast: 2 eggs and toast.")));
        await using var api = host.CreateFactory(llm.Settings(false, true));
        await using var factory = new BotFactory(telegram.BaseAddress, new Uri("http://localhost"), host.Redis.ConnectionString,
            new Dictionary<string, string?> { ["Auth:ServiceKey"] = ApiTestHost.ServiceKey });
        await using var bot = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient("api").ConfigurePrimaryHttpMessageHandler(() => api.Server.CreateHandler())));
        bot.CreateClient();
        var chat = Random.Shared.Next(1_000_000, 2_000_000_000);

        var update = TelegramStub.TextUpdate(chat, chat, "");
        var message = update["message"]!.AsObject();
        message.Remove("text");
        message["voice"] = new JsonObject { ["file_id"] = "voice-1", ["file_unique_id"] = "u-voice-1", ["duration"] = 3, ["mime_type"] = "audio/ogg" };
        telegram.Enqueue(update);

        (await Eventually.TrueAsync(() => telegram.CallsTo("sendMessage").Any(c => c.Body.Contains("I heard")))).Should().BeTrue("the answer echoes the transcript");
        var reply = JsonNode.Parse(telegram.CallsTo("sendMessage").First(c => c.Body.Contains("I heard")).Body)!["text"]!.GetValue<string>();
        // Replies go out as Telegram HTML, so the quotes travel escaped and Telegram shows them as quotes.
        reply.Should().Be("🎙️ I heard: &quot;I had 2 eggs and toast for breakfast&quot;\n\nLogged your breakfast: 2 eggs and toast.");
        telegram.CallsTo("getFile").Should().ContainSingle().Which.Body.Should().Contain("voice-1");
        llm.Transcriptions.Should().ContainSingle("the downloaded file went to /audio/transcriptions once");
        var user = await ProfileAsync(chat);
        using var service = host.Client(ApiTestHost.ServiceKey);
        var today = await service.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.GetProperty("id").GetGuid()}/food/summary/daily");
        today.GetProperty("entries").GetInt32().Should().Be(1, "the model's food_log call stored the meal");
    }

    [Fact]
    public async Task UserStartsSetsTimeZoneLogsAMeal_AndTodaysTotalComesBackFromTheDatabase()
    {
        await using var emulator = await TelegramEmulator.StartAsync();
        await using var bot = StartBot(emulator, Token);

        await emulator.UserSendsAsync(Token, TelegramUser, "/start");
        await WaitForAsync(emulator, Token, 1);
        await emulator.UserSendsAsync(Token, TelegramUser, "I'm in Berlin");
        var zone = await WaitForAsync(emulator, Token, 2);
        await emulator.UserSendsAsync(Token, TelegramUser, "I had 2 eggs and a banana for breakfast");
        var logged = await WaitForAsync(emulator, Token, 3);
        await emulator.UserSendsAsync(Token, TelegramUser, "how many calories today?");
        var total = await WaitForAsync(emulator, Token, 4);

        zone.Should().Contain("Europe/Berlin");
        logged.Should().Contain("egg").And.Contain("banana");
        using var service = host.Client(ApiTestHost.ServiceKey);
        var user = await ProfileAsync(TelegramUser);
        user.GetProperty("timeZone").GetString().Should().Be("Europe/Berlin");
        var today = await service.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.GetProperty("id").GetGuid()}/food/summary/daily");
        var kcal = today.GetProperty("totals").GetProperty("kcal").GetDecimal();
        kcal.Should().BeGreaterThan(200);
        total.Should().Contain(((int)Math.Round(kcal)).ToString(), "the answer is the figure stored in PostgreSQL");
    }

    // The Bot's Api client reaches the in-memory Api host; everything above the socket is the production code path.
    private IAsyncDisposable StartBot(TelegramEmulator emulator, string token)
    {
        var factory = new BotFactory(emulator.BaseAddress, new Uri("http://localhost"), host.Redis.ConnectionString,
            new Dictionary<string, string?>
            {
                ["Telegram:BotToken"] = token, ["Telegram:PerChatInterval"] = "00:00:00.100", ["Auth:ServiceKey"] = ApiTestHost.ServiceKey,
            });
        var bot = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient("api").ConfigurePrimaryHttpMessageHandler(() => host.Factory.Server.CreateHandler())));
        bot.CreateClient();
        return new Both(bot, factory);
    }

    // The user's profile, through the service key (registering an existing Telegram id returns the user).
    private async Task<JsonElement> ProfileAsync(long telegramId)
    {
        using var service = host.Client(ApiTestHost.ServiceKey);
        return await (await service.PostAsJsonAsync("/api/v1/users", new { telegramId, displayName = "x" })).Content.ReadFromJsonAsync<JsonElement>();
    }

    private sealed class Both(IAsyncDisposable first, IAsyncDisposable second) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    // The first of the bot's messages (edits applied) whose text satisfies the condition.
    private static async Task<JsonNode> WaitForTextAsync(TelegramEmulator emulator, string token, Func<string, bool> condition)
    {
        IReadOnlyList<JsonNode> messages = [];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            messages = await emulator.BotMessagesAsync(token);
            if (messages.FirstOrDefault(m => condition(m["message"]?["text"]?.GetValue<string>() ?? "")) is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("No such bot message arrived: " + string.Join(" | ", messages.Select(m => m["message"]?["text"]?.GetValue<string>())));
    }

    // The emulator returns the bot's messages in order; wait until the n-th one arrives and return its text.
    private static async Task<string> WaitForAsync(TelegramEmulator emulator, string token, int count)
    {
        IReadOnlyList<JsonNode> messages = [];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            messages = await emulator.BotMessagesAsync(token);
            if (messages.Count >= count)
            {
                return messages[count - 1]["message"]?["text"]?.GetValue<string>() ?? "";
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"Only {messages.Count} of {count} bot messages arrived: "
            + string.Join(" | ", messages.Select(m => m["message"]?["text"]?.GetValue<string>())));
    }
}
