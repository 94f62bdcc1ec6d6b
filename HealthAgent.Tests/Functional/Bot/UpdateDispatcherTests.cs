extern alias bot;

using bot::HealthAgent.Bot.Rendering;
using bot::HealthAgent.Bot.Telegram;
using bot::HealthAgent.Bot.Updates;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HealthAgent.Tests.Functional.Bot;

public sealed class UpdateDispatcherTests(RedisFixture redis) : IClassFixture<RedisFixture>, IAsyncLifetime
{
    // Update ids are global in Redis; each test takes its own range.
    private readonly int _base = Random.Shared.Next(1, 2_000_000) * 1000;
    private TelegramStub _telegram = null!;
    private IConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync()
    {
        _telegram = await TelegramStub.StartAsync();
        _redis = await redis.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task OneChat_UpdatesAreHandledInOrder_OneAtATime()
    {
        var handler = new RecordingHandler(u => Task.Delay(Random.Shared.Next(5, 40)));
        var updates = Enumerable.Range(0, 6).Select(i => Text(_base + i, chat: 1)).ToList();

        var offset = await Dispatcher(handler).DispatchBatchAsync(updates, default);

        handler.Handled.Should().Equal(updates.Select(u => u.Id));
        handler.MaxRunningInOneChat.Should().Be(1);
        offset.Should().Be(_base + 6);
    }

    [Fact]
    public async Task SeveralChats_AreHandledInParallel_UpToTheLimit()
    {
        var handler = new RecordingHandler(_ => Task.Delay(200));
        var updates = Enumerable.Range(0, 6).Select(i => Text(_base + i, chat: 10 + i)).ToList();

        await Dispatcher(handler, maxParallel: 3).DispatchBatchAsync(updates, default);

        handler.Handled.Should().HaveCount(6);
        handler.MaxRunning.Should().Be(3, "chats run in parallel, bounded by MaxParallelChats");
    }

    [Fact]
    public async Task RedeliveredUpdate_IsHandledOnce_EvenByANewProcess()
    {
        var handler = new RecordingHandler();
        var update = Text(_base, chat: 1);

        await Dispatcher(handler).DispatchBatchAsync([update], default);
        var offset = await Dispatcher(handler).DispatchBatchAsync([update], default);

        handler.Handled.Should().Equal(_base);
        offset.Should().Be(_base + 1);
    }

    [Fact]
    public async Task Shutdown_FinishesTheUpdateInFlight_AndLeavesTheRestForRedelivery()
    {
        var release = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        var handler = new RecordingHandler(u =>
        {
            if (u.Id == _base)
            {
                started.TrySetResult();
                return release.Task;
            }

            return Task.CompletedTask;
        });
        using var stopping = new CancellationTokenSource();
        var dispatcher = Dispatcher(handler);

        var batch = dispatcher.DispatchBatchAsync([Text(_base, 1), Text(_base + 1, 1)], stopping.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await stopping.CancelAsync();
        release.SetResult();
        var offset = await batch.WaitAsync(TimeSpan.FromSeconds(5));

        handler.Handled.Should().Equal([_base], "the update in flight finishes; the next one waits for the restart");
        offset.Should().Be(_base + 1, "the offset does not move past the unhandled update");
        (await new ProcessedUpdates(_redis, Options.Create(new TelegramOptions { BotToken = TelegramStub.Token }), NullLogger<ProcessedUpdates>.Instance)
            .WasHandledAsync(_base, default)).Should().BeTrue();
    }

    [Fact]
    public async Task FailureThatRetryingCannotFix_IsLoggedAndDoesNotBlockTheChat()
    {
        var handler = new RecordingHandler(u => u.Id == _base ? throw new InvalidOperationException("bug") : Task.CompletedTask);

        var offset = await Dispatcher(handler).DispatchBatchAsync([Text(_base, 1), Text(_base + 1, 1)], default);

        handler.Handled.Should().Equal(_base + 1);
        offset.Should().Be(_base + 2);
    }

    private UpdateDispatcher Dispatcher(RecordingHandler handler, int maxParallel = 8)
    {
        var options = Options.Create(new TelegramOptions { BotToken = TelegramStub.Token, MaxParallelChats = maxParallel, RetryBaseDelay = TimeSpan.FromMilliseconds(50) });
        var client = TelegramClients.For(_telegram);
        return new UpdateDispatcher(handler, new ProcessedUpdates(_redis, options, NullLogger<ProcessedUpdates>.Instance),
            new ReplySender(client, NullLogger<ReplySender>.Instance), options, TimeProvider.System, NullLogger<UpdateDispatcher>.Instance);
    }

    private static Update Text(int id, long chat) => new()
    {
        Id = id,
        Message = new Message
        {
            Id = id, Chat = new Chat { Id = chat, Type = ChatType.Private }, From = new User { Id = chat, FirstName = "Ann" }, Text = $"message {id}",
        },
    };
}
