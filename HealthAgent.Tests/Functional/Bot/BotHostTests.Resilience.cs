extern alias bot;

using System.Text.Json.Nodes;
using bot::HealthAgent.Bot.Rendering;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>The Bot when the Api rate-limits a user and when Telegram itself fails.</summary>
public sealed partial class BotHostTests
{
    [Fact]
    public async Task ApiRateLimitsTheUser_TheyAreToldPolitelyWhen_AndTheMessageIsAnsweredAfterwards()
    {
        _api.RateLimitedMessages = 1;
        await using var bot = Bot();
        bot.CreateClient();

        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "banana"));

        (await Eventually.TrueAsync(() => SentTexts().Contains("You said: banana"))).Should().BeTrue("the message is answered once the wait is over");
        SentTexts().Should().ContainSingle(t => t == BotTexts.SlowDown(TimeSpan.FromSeconds(1)), "the user hears once when they can continue")
            .And.NotContain(BotTexts.Trouble, "a rate limit is not an outage");
    }

    [Fact]
    public async Task TelegramFailing_OpensItsBreaker_ShownOnHealth_AndTheReplyIsSentOnceItRecovers()
    {
        // Telegram goes down as the Bot first tries to answer: from then on every call fails, polls included.
        var failing = 0;
        var answered = 0;
        _telegram.Override = (method, body) =>
        {
            if (method == "sendMessage" && Volatile.Read(ref failing) == 0)
            {
                Volatile.Write(ref failing, 1);
            }
            if (method == "sendMessage" && Volatile.Read(ref failing) == 2 && body.Contains("You said: kiwi", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref answered);
            }
            return Volatile.Read(ref failing) == 1 ? TelegramStub.Error(500, "Internal Server Error") : null;
        };
        await using var bot = Bot(new Dictionary<string, string?>
        {
            ["Resilience:Clients:telegram:BreakerFailureThreshold"] = "2", ["Resilience:Clients:telegram:BreakDuration"] = "00:00:01",
        });
        using var client = bot.CreateClient();

        _telegram.Enqueue(TelegramStub.TextUpdate(_chat, _chat, "kiwi"));
        var open = false;
        for (var attempt = 0; attempt < 100 && !open; attempt++)
        {
            var deps = JsonNode.Parse(await client.GetStringAsync("/health/deps"))!;
            open = deps["dependencies"]?["telegram-circuit"]?["status"]?.GetValue<string>() == "degraded";
            await Task.Delay(50);
        }
        Volatile.Write(ref failing, 2);

        open.Should().BeTrue("two failed sends open the telegram breaker, and /health/deps shows it");
        (await Eventually.TrueAsync(() => Volatile.Read(ref answered) > 0))
            .Should().BeTrue("the update was kept while Telegram failed and is answered after the break");
        await Task.Delay(300);
        Volatile.Read(ref answered).Should().Be(1, "it is answered once");
    }
}
