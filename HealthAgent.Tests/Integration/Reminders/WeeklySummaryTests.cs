using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using SkiaSharp;

namespace HealthAgent.Tests.Integration.Reminders;

/// <summary>The Worker's weekly summary against real PostgreSQL and Redis, a fake clock and the Bot's notification endpoint over HTTP.</summary>
public sealed class WeeklySummaryTests(PostgresDatabaseFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RedisFixture>
{
    // Sunday 15 June 2025, 14:00 UTC: 19:45 in Kathmandu, 10:00 in New York.
    private static readonly DateTimeOffset SundayAfternoonUtc = DateTimeOffset.Parse("2025-06-15T14:00:00Z");

    [Fact]
    public async Task WeeklySummary_GoesOutOnSundayAtEachUsersTime_InTheirOwnZone()
    {
        var time = new FakeTimeProvider(SundayAfternoonUtc);
        await using var world = await WeeklySummaryServices.CreateAsync(postgres, redis, time);
        await using var bot = await NotificationsStub.StartAsync();
        var kathmandu = await world.AddOptedInUserAsync("Asia/Kathmandu", new TimeOnly(20, 0), dailyKcal: 1900);
        var newYork = await world.AddOptedInUserAsync("America/New_York", new TimeOnly(20, 0));
        var sender = world.Sender(bot.Client(), NotificationsStub.ServiceKey);

        var before = await sender.RunAsync(default);
        time.Advance(TimeSpan.FromMinutes(30));                 // 20:15 in Kathmandu, 10:30 in New York
        var kathmanduEvening = await sender.RunAsync(default);
        time.Advance(TimeSpan.FromHours(10));                   // Monday 00:30 UTC: Sunday 20:30 in New York, Monday 06:15 in Kathmandu
        var newYorkEvening = await sender.RunAsync(default);

        before.Should().Be(0, "20:00 has come nowhere yet");
        kathmanduEvening.Should().Be(1, "only Kathmandu has reached Sunday 20:00");
        newYorkEvening.Should().Be(1, "New York's Sunday evening is Monday in UTC, and Kathmandu's week is already sent");
        bot.Calls.Select(c => c.GetProperty("telegramChatId").GetInt64()).Should().Equal(kathmandu.TelegramId, newYork.TelegramId);
        bot.Calls.Select(c => c.GetProperty("idempotencyKey").GetString()).Should().Equal(
            $"weekly:{kathmandu.Id:N}:20250609", $"weekly:{newYork.Id:N}:20250609");
    }

    [Fact]
    public async Task WeeklySummary_CarriesTheWeeksTotalsAgainstTheGoal_AndTheCaloriesChartAsAPng()
    {
        var time = new FakeTimeProvider(SundayAfternoonUtc.AddHours(6));   // 20:00 UTC
        await using var world = await WeeklySummaryServices.CreateAsync(postgres, redis, time);
        await using var bot = await NotificationsStub.StartAsync();
        var ada = await world.AddOptedInUserAsync("UTC", new TimeOnly(19, 0), dailyKcal: 2000);
        await world.LogAsync(ada.Id, "lasagne", 1950, DateTimeOffset.Parse("2025-06-11T12:00:00Z"));
        await world.LogAsync(ada.Id, "pizza", 2600, DateTimeOffset.Parse("2025-06-14T19:00:00Z"));
        await world.LogAsync(ada.Id, "last week's cake", 900, DateTimeOffset.Parse("2025-06-08T16:00:00Z"));

        (await world.Sender(bot.Client(), NotificationsStub.ServiceKey).RunAsync(default)).Should().Be(1);

        var call = bot.Calls.Single();
        call.GetProperty("text").GetString().Should().Be("""
            📈 Your week, Mon 9 Jun – Sun 15 Jun:
            • Meals logged on 2 of 7 days.
            • Calories: 2,275 kcal a day on average against your goal of 2,000 (114 %); 1 of the 2 day(s) within 10 % of it.
            • A day on average: protein 30 g, carbs 80 g, fat 20 g.
            • Most energy from: pizza (2,600 kcal), lasagne (1,950 kcal).
            """.ReplaceLineEndings("\n"));
        var image = call.GetProperty("image");
        image.GetProperty("mimeType").GetString().Should().Be("image/png");
        using var chart = SKBitmap.Decode(Convert.FromBase64String(image.GetProperty("base64").GetString()!));
        chart.Should().NotBeNull("the image is a PNG the Bot can upload");
        (chart.Width, chart.Height).Should().Be((800, 500));
    }

    [Fact]
    public async Task WeeklySummary_TwoWorkerReplicasAtOnce_SendItExactlyOnce()
    {
        var time = new FakeTimeProvider(SundayAfternoonUtc.AddHours(6));
        await using var world = await WeeklySummaryServices.CreateAsync(postgres, redis, time);
        await using var bot = await NotificationsStub.StartAsync();
        var users = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var user = await world.AddOptedInUserAsync("Europe/Lisbon", new TimeOnly(20, 30), dailyKcal: 1800);
            await world.LogAsync(user.Id, "soup", 600, DateTimeOffset.Parse("2025-06-13T12:00:00Z"));
            users.Add(user.Id);
        }
        var replicas = Enumerable.Range(0, 2).Select(_ => world.Sender(bot.Client(), NotificationsStub.ServiceKey)).ToList();

        var sent = await Task.WhenAll(replicas.Select(r => r.RunAsync(default)));
        time.Advance(TimeSpan.FromMinutes(5));
        var again = await Task.WhenAll(replicas.Select(r => r.RunAsync(default)));

        sent.Sum().Should().Be(5, "each user's week is claimed by one replica");
        again.Sum().Should().Be(0);
        bot.CallCount.Should().Be(5, "the claim keeps the second replica from even asking the Bot; keys: {0}", string.Join(", ", bot.Sends.Keys));
        bot.Sends.Keys.Should().BeEquivalentTo(users.Select(u => $"weekly:{u:N}:20250609"));
    }

    [Fact]
    public async Task WeeklySummary_BotUnavailable_ReleasesTheClaim_AndTheNextRunSendsIt()
    {
        var time = new FakeTimeProvider(SundayAfternoonUtc.AddHours(6));
        await using var world = await WeeklySummaryServices.CreateAsync(postgres, redis, time);
        await using var bot = await NotificationsStub.StartAsync();
        await world.AddOptedInUserAsync("UTC", new TimeOnly(19, 0));
        var sender = world.Sender(bot.Client(), NotificationsStub.ServiceKey);
        bot.Respond = _ => 503;

        var failed = await sender.RunAsync(default);
        bot.Respond = _ => null;
        var retried = await sender.RunAsync(default);

        (failed, retried).Should().Be((0, 1));
        bot.Calls.Last().GetProperty("text").GetString().Should().StartWith("📈 Your week, Mon 9 Jun – Sun 15 Jun: nothing logged.");
        (bot.Calls.Last().TryGetProperty("image", out var image) ? image.ValueKind : JsonValueKind.Null)
            .Should().Be(JsonValueKind.Null, "an empty week goes without an empty chart");
    }

    [Fact]
    public async Task WeeklySummary_OnMonday_CoversTheWeekBefore()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-06-16T08:30:00Z"));   // Monday
        await using var world = await WeeklySummaryServices.CreateAsync(postgres, redis, time);
        await using var bot = await NotificationsStub.StartAsync();
        await world.AddOptedInUserAsync("UTC", new TimeOnly(8, 0));

        (await world.Sender(bot.Client(), NotificationsStub.ServiceKey, DayOfWeek.Monday).RunAsync(default)).Should().Be(1);

        bot.Calls.Single().GetProperty("text").GetString().Should().StartWith("📈 Your week, Mon 9 Jun – Sun 15 Jun");
    }
}
