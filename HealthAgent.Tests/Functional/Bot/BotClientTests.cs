extern alias bot;

using bot::HealthAgent.Bot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>How the Bot configures Telegram.Bot: who repeats a 429, and what each failure means to the callers.</summary>
public sealed class BotClientTests : IAsyncLifetime
{
    private TelegramStub _stub = null!;

    public async Task InitializeAsync() => _stub = await TelegramStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task TooManyRequests_IsRepeatedOnceAfterRetryAfter_AndTheMessageIsSent()
    {
        var calls = 0;
        _stub.Override = (method, _) => method == "sendMessage" && Interlocked.Increment(ref calls) == 1
            ? TelegramStub.Error(429, "Too Many Requests: retry after 1", retryAfter: 1) : null;
        var client = TelegramClients.For(_stub);

        var sent = await client.SendMessage(7, "hi");

        sent.Chat.Id.Should().Be(7);
        var times = _stub.CallsTo("sendMessage").Select(c => c.At).ToList();
        times.Should().HaveCount(2, "the 429 is repeated once, and by one layer only");
        (times[1] - times[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950), "retry_after was 1 s");
    }

    [Fact]
    public async Task TooManyRequests_BeyondTheRetryLimit_ThrowsWithRetryAfter_AfterExactlyThatManyRepeats()
    {
        _stub.Override = (_, _) => TelegramStub.Error(429, "Too Many Requests: retry after 0", retryAfter: 0);
        var client = TelegramClients.For(_stub, o => o.MaxRateLimitRetries = 2);

        var act = () => client.SendMessage(7, "hi");

        var error = (await act.Should().ThrowAsync<ApiRequestException>()).Which;
        error.RetryAfter().Should().Be(TimeSpan.Zero);
        error.IsTransient().Should().BeTrue();
        _stub.CallsTo("sendMessage").Should().HaveCount(3, "one attempt and two repeats");
    }

    [Fact]
    public async Task TooManyRequests_WaitingLongerThanAllowed_FailsAtOnceWithTheWait()
    {
        _stub.Override = (_, _) => TelegramStub.Error(429, "Too Many Requests: retry after 120", retryAfter: 120);
        var client = TelegramClients.For(_stub, o => o.MaxRetryAfterSeconds = 30);

        var act = () => client.SendMessage(7, "hi");

        (await act.Should().ThrowAsync<ApiRequestException>()).Which.RetryAfter().Should().Be(TimeSpan.FromSeconds(120));
        _stub.CallsTo("sendMessage").Should().ContainSingle("a wait beyond MaxRetryAfterSeconds is left to the caller");
    }

    [Fact]
    public async Task Forbidden_MeansTheChatBlockedTheBot_AndIsNotRepeated()
    {
        _stub.Override = (_, _) => TelegramStub.Error(403, "Forbidden: bot was blocked by the user");
        var client = TelegramClients.For(_stub);

        var act = () => client.SendMessage(7, "hi");

        var error = (await act.Should().ThrowAsync<ApiRequestException>()).Which;
        error.IsChatBlocked().Should().BeTrue();
        error.IsTransient().Should().BeFalse();
        _stub.CallsTo("sendMessage").Should().ContainSingle();
    }

    [Fact]
    public async Task BadRequest_IsNotTransient_AndItsTextIsTelegramsDescriptionWithoutTheToken()
    {
        _stub.Override = (method, _) => method == "sendMessage" ? TelegramStub.Error(400, "Bad Request: chat not found") : null;
        var client = TelegramClients.For(_stub);

        var act = () => client.SendMessage(7, "hi");

        var error = (await act.Should().ThrowAsync<ApiRequestException>()).Which;
        error.ErrorCode.Should().Be(400);
        error.Message.Should().Be("Bad Request: chat not found");
        error.IsTransient().Should().BeFalse();
        error.ToString().Should().NotContain(TelegramStub.Token);
    }

    [Fact]
    public async Task ErrorWithoutTelegramsEnvelope_IsJudgedByItsHttpStatus()
    {
        _stub.Override = (_, _) => Microsoft.AspNetCore.Http.Results.Json(new { message = "Not implemented" }, statusCode: 500);
        var client = TelegramClients.For(_stub);

        var act = () => client.SendChatAction(7, Telegram.Bot.Types.Enums.ChatAction.Typing);

        var error = (await act.Should().ThrowAsync<RequestException>()).Which;
        error.Should().NotBeOfType<ApiRequestException>();
        error.HttpStatusCode.Should().Be(System.Net.HttpStatusCode.InternalServerError);
        error.IsTransient().Should().BeTrue();
    }

    [Fact]
    public async Task NoServer_IsTransient_AndTheErrorNamesNoUrl()
    {
        var closed = new Uri($"http://127.0.0.1:{HealthAgent.Tests.Infrastructure.Servers.FreePort.Next()}/");
        var client = TelegramClients.For(closed);

        var act = () => client.GetMe();

        var error = (await act.Should().ThrowAsync<RequestException>()).Which;
        error.IsTransient().Should().BeTrue();
        error.ToString().Should().NotContain(TelegramStub.Token);
    }

    [Fact]
    public async Task WithoutToken_CallsFailWithAdvice_AndNothingIsSent()
    {
        var client = TelegramClients.For(_stub, o => o.BotToken = null);

        var act = () => client.GetMe();

        (await act.Should().ThrowAsync<TelegramNotConfiguredException>()).Which.Message.Should().Contain("BotFather");
        _stub.Calls.Should().BeEmpty();
    }
}
