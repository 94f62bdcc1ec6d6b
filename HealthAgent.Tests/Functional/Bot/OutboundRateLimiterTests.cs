extern alias bot;

using bot::HealthAgent.Bot.Delivery;
using bot::HealthAgent.Bot.Telegram.Requests;

namespace HealthAgent.Tests.Functional.Bot;

public sealed class OutboundRateLimiterTests : IAsyncLifetime
{
    private TelegramStub _stub = null!;

    public async Task InitializeAsync()
    {
        _stub = await TelegramStub.StartAsync();
        // The stub's first request compiles its endpoint; later arrival times then reflect when the client sent.
        await TelegramClients.For(_stub).SendMessageAsync(new SendMessageRequest(999, "warm-up"), default);
    }

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task MessagesToOneChat_AreSpacedByThePerChatInterval_InOrder()
    {
        var client = TelegramClients.For(_stub, o => o.PerChatInterval = TimeSpan.FromMilliseconds(300));

        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => client.SendMessageAsync(new SendMessageRequest(7, $"m{i}"), default)));

        var times = _stub.CallsTo("sendMessage").Skip(1).Select(c => c.At).ToList();
        times.Zip(times.Skip(1), (a, b) => b - a).Should().OnlyContain(gap => gap >= TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task MessagesToManyChats_StayUnderTheGlobalRate_AndNoneIsDropped()
    {
        var client = TelegramClients.For(_stub, o => o.GlobalPerSecond = 20);

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => client.SendMessageAsync(new SendMessageRequest(1000 + i, "hi"), default)));

        var times = _stub.CallsTo("sendMessage").Skip(1).Select(c => c.At).OrderBy(t => t).ToList();
        times.Should().HaveCount(30);
        (times[^1] - times[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1300), "30 messages at 20/s take about 1.5 s");
    }

    [Fact]
    public async Task AQueueLongerThanAllowed_IsReportedAsSaturated()
    {
        var client = TelegramClients.For(_stub, o => { o.PerChatInterval = TimeSpan.FromSeconds(1); o.MaxQueueDelay = TimeSpan.FromSeconds(1); });

        var sends = Enumerable.Range(0, 4).Select(i => client.SendMessageAsync(new SendMessageRequest(7, $"m{i}"), default)).ToList();
        var act = () => Task.WhenAll(sends);

        await act.Should().ThrowAsync<OutboundQueueFullException>();
    }
}
