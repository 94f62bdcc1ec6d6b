extern alias bot;

using System.Collections.Concurrent;
using System.Diagnostics;
using bot::HealthAgent.Bot.Delivery;
using bot::HealthAgent.Bot.Telegram;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace HealthAgent.Tests.Functional.Bot;

public sealed class OutboundRateLimiterTests : IAsyncLifetime
{
    private TelegramStub _stub = null!;

    public async Task InitializeAsync()
    {
        _stub = await TelegramStub.StartAsync();
        // The stub's first request compiles its endpoint; later arrival times then reflect when the client sent.
        await TelegramClients.For(_stub).SendMessage(999, "warm-up");
    }

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task MessagesToOneChat_AreSpacedByThePerChatInterval_InOrder()
    {
        // Measured where the limiter releases callers: arrival times at a server also carry scheduling noise.
        var limiter = new OutboundRateLimiter(Options.Create(new TelegramOptions { PerChatInterval = TimeSpan.FromMilliseconds(300) }), TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var released = new ConcurrentQueue<(int Index, TimeSpan At)>();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(async i =>
        {
            await limiter.WaitTurnAsync(7, default);
            released.Enqueue((i, clock.Elapsed));
        }));

        var turns = released.ToList();
        turns.Select(t => t.Index).Should().Equal([0, 1, 2], "one chat's messages keep their order");
        // The limiter hands out slots 300 ms apart from the first; a caller resumed late does not move the later slots,
        // so each release is checked against its slot rather than against the (noisy) previous release.
        turns.Select((t, i) => t.At - TimeSpan.FromMilliseconds(300 * i)).Should().OnlyContain(offset => offset >= TimeSpan.FromMilliseconds(-10));
    }

    [Fact]
    public async Task MessagesToManyChats_StayUnderTheGlobalRate_AndNoneIsDropped()
    {
        var client = TelegramClients.For(_stub, o => o.GlobalPerSecond = 20);

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => client.SendMessage(1000 + i, "hi")));

        var times = _stub.CallsTo("sendMessage").Skip(1).Select(c => c.At).OrderBy(t => t).ToList();
        times.Should().HaveCount(30);
        (times[^1] - times[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(1300), "30 messages at 20/s take about 1.5 s");
    }

    [Fact]
    public async Task AQueueLongerThanAllowed_IsReportedAsSaturated()
    {
        var client = TelegramClients.For(_stub, o => { o.PerChatInterval = TimeSpan.FromSeconds(1); o.MaxQueueDelay = TimeSpan.FromSeconds(1); });

        var sends = Enumerable.Range(0, 4).Select(i => client.SendMessage(7, $"m{i}")).ToList();
        var act = () => Task.WhenAll(sends);

        await act.Should().ThrowAsync<OutboundQueueFullException>();
    }
}
