using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>The weekly summary from the Worker's sender through the real Bot's <c>/internal/notifications</c> to our Bot API stub.</summary>
public sealed class WeeklySummaryDeliveryTests(PostgresDatabaseFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RedisFixture>, IAsyncLifetime
{
    private TelegramStub _telegram = null!;
    private ApiStub _api = null!;

    public async Task InitializeAsync()
    {
        _telegram = await TelegramStub.StartAsync();
        _api = await ApiStub.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task WeeklySummary_ReachesTelegram_AsTheTextThenTheChartWithSendPhoto()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-06-15T20:00:00Z"));   // Sunday
        await using var world = await WeeklySummaryServices.CreateAsync(postgres, redis, time);
        var ada = await world.AddOptedInUserAsync("UTC", new TimeOnly(19, 0), dailyKcal: 2000);
        await world.LogAsync(ada.Id, "risotto", 1800, DateTimeOffset.Parse("2025-06-12T19:00:00Z"));
        await using var bot = new BotFactory(_telegram.BaseAddress, _api.BaseAddress, redis.ConnectionString);

        var sent = await world.Sender(bot.CreateClient(), BotFactory.ServiceKey).RunAsync(default);

        sent.Should().Be(1);
        var photo = _telegram.CallsTo("sendPhoto").Single();
        photo.ContentType.Should().StartWith("multipart/form-data");
        photo.Body.Should().Contain("filename=\"image.png\"").And.Contain($"{ada.TelegramId}")
            .And.Contain("PNG\r\n\u001a\n", "the upload is the PNG the Worker drew").And.Contain("IHDR")
            .And.Contain("📈 Your week, Mon 9 Jun – Sun 15 Jun:").And.Contain("against your goal of 2,000");
        _telegram.Calls.Select(c => c.Method).Where(m => m.StartsWith("send", StringComparison.Ordinal))
            .Should().Equal(["sendPhoto"], "the words are the chart's caption: one message, so a retry never repeats them");
    }

    [Fact]
    public async Task Notification_WithAnImageThatIsNotBase64_Is400_AndNothingIsSent()
    {
        await using var bot = new BotFactory(_telegram.BaseAddress, _api.BaseAddress, redis.ConnectionString);
        var client = bot.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ServiceKey);

        var answer = await client.PostAsJsonAsync("/internal/notifications", new
        {
            telegramChatId = 42,
            text = "Your week",
            idempotencyKey = $"weekly-{Guid.NewGuid():N}",
            image = new { base64 = "not an image!", mimeType = "image/png" },
        });

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await answer.Content.ReadAsStringAsync()).Should().Contain("image");
        _telegram.Calls.Should().NotContain(c => c.Method.StartsWith("send", StringComparison.Ordinal));
    }
}
