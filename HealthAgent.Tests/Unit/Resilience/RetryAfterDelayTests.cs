using System.Net;
using HealthAgent.ServiceDefaults.Resilience;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Unit.Resilience;

public sealed class RetryAfterDelayTests
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void From_429WithDeltaSeconds_ReturnsThatDelay()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, "7");

        RetryAfterDelay.From(response, _time, Max).Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public void From_503WithHttpDate_ReturnsTimeUntilThatDate()
    {
        using var response = Response(HttpStatusCode.ServiceUnavailable, (_time.GetUtcNow() + TimeSpan.FromSeconds(12)).ToString("R"));

        RetryAfterDelay.From(response, _time, Max).Should().Be(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public void From_DelayBeyondMax_IsCappedAtMax()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, "3600");

        RetryAfterDelay.From(response, _time, Max).Should().Be(Max);
    }

    [Fact]
    public void From_DateInThePast_RetriesAtOnce()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, (_time.GetUtcNow() - TimeSpan.FromMinutes(1)).ToString("R"));

        RetryAfterDelay.From(response, _time, Max).Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "5")]
    [InlineData(HttpStatusCode.TooManyRequests, null)]
    public void From_OtherStatusOrNoHeader_LeavesTheBackoffAlone(HttpStatusCode status, string? retryAfter)
    {
        using var response = Response(status, retryAfter);

        RetryAfterDelay.From(response, _time, Max).Should().BeNull();
    }

    private static HttpResponseMessage Response(HttpStatusCode status, string? retryAfter)
    {
        var response = new HttpResponseMessage(status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }
}
