using System.Diagnostics.Metrics;
using System.Security.Claims;
using HealthAgent.ServiceDefaults.ErrorTracking;
using Microsoft.AspNetCore.Http;
using Sentry;
using Sentry.Protocol;

namespace HealthAgent.Tests.Unit.ErrorTracking;

public sealed class ErrorEventFilterTests
{
    private static (ErrorEventFilter Filter, DefaultHttpContext Context) Filter(double sampleRate = 1.0, double draw = 0.5)
    {
        var context = new DefaultHttpContext { TraceIdentifier = "req-7" };
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("user_id", "u-1")], "test"));
        return (new ErrorEventFilter(new HttpContextAccessor { HttpContext = context }, sampleRate, () => draw), context);
    }

    private static List<string> Outcomes(Action act)
    {
        var outcomes = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "HealthAgent" && instrument.Name == "healthagent.error_events")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "outcome")
                {
                    outcomes.Add((string)tag.Value!);
                }
            }
        });
        listener.Start();
        act();
        return outcomes;
    }

    [Fact]
    public void BeforeSend_WhenTheCallerAbortedTheRequest_DropsTheCancellationAndCountsItDropped()
    {
        var (filter, context) = Filter();
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        context.RequestAborted = aborted.Token;
        SentryEvent? result = new SentryEvent();

        var outcomes = Outcomes(() => result = filter.BeforeSend(new SentryEvent(new TaskCanceledException()), new SentryHint()));

        result.Should().BeNull("a caller that went away is not an error of ours");
        outcomes.Should().Equal("dropped");
    }

    [Fact]
    public void BeforeSend_WhenADrawFallsOutsideTheSampleRate_DropsAndCountsDropped()
    {
        var (filter, _) = Filter(sampleRate: 0.25, draw: 0.25);
        SentryEvent? result = new SentryEvent();

        var outcomes = Outcomes(() => result = filter.BeforeSend(new SentryEvent(new InvalidOperationException("x")), new SentryHint()));

        result.Should().BeNull();
        outcomes.Should().Equal("dropped");
    }

    [Fact]
    public void BeforeSend_ForAnError_SendsItScrubbedWithOurTagsAndCountsSent()
    {
        var (filter, _) = Filter(sampleRate: 0.25, draw: 0.2);
        var @event = new SentryEvent(new InvalidOperationException("the user's words")) { Message = "Saved 'banana pancakes'" };
        @event.SentryExceptions = [new SentryException { Type = "System.InvalidOperationException", Value = "the user's words" }];
        @event.SetTag("Text", "banana pancakes");
        @event.SetTag("eventId", "FoodLogFailed");
        @event.SetExtra("Prompt", "banana pancakes");
        @event.Request.Url = "http://api/api/v1/foods/search?q=banana";
        @event.Request.QueryString = "?q=banana";
        @event.Request.Cookies = "session=abc";
        @event.Request.Headers["Authorization"] = "Bearer ha_abcdef_0123456789";
        @event.Request.Headers["X-Api-Key"] = "secret";
        @event.Request.Headers["User-Agent"] = "curl/8";
        @event.TransactionName = "POST /bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawX/webhook";
        SentryEvent? sent = null;

        var outcomes = Outcomes(() => sent = filter.BeforeSend(@event, new SentryHint()));

        outcomes.Should().Equal("sent");
        sent.Should().NotBeNull();
        sent!.Message.Should().BeNull();
        sent.SentryExceptions!.Single().Value.Should().BeNull("exception messages can quote what a user wrote");
        sent.SentryExceptions!.Single().Type.Should().Be("System.InvalidOperationException");
        sent.Tags.Should().Equal(new Dictionary<string, string> { ["eventId"] = "FoodLogFailed", ["request_id"] = "req-7", ["user_id"] = "u-1" });
        sent.Extra["Prompt"].Should().BeNull();
        sent.Request.Url.Should().BeNull();
        sent.Request.QueryString.Should().BeNull();
        sent.Request.Cookies.Should().BeNull();
        sent.Request.Headers.Keys.Should().Equal("User-Agent");
        sent.TransactionName.Should().Be("POST /bot[REDACTED]/webhook", "the shared redactor removes a bot token from a configured path");
        sent.User.Id.Should().Be("u-1");
    }

    [Fact]
    public void BreadcrumbScrubber_KeepsCategoryLevelAndEventId_DropsTheMessageAndOtherData()
    {
        var breadcrumb = new Breadcrumb("Logged 'banana pancakes' for Ada", "default",
            new Dictionary<string, string> { ["eventId"] = "FoodLogged", ["exception_message"] = "banana" }, "HealthAgent.Food", BreadcrumbLevel.Warning);

        var scrubbed = BreadcrumbScrubber.Scrub(breadcrumb);

        scrubbed.Message.Should().BeEmpty();
        scrubbed.Data.Should().Equal(new Dictionary<string, string> { ["eventId"] = "FoodLogged" });
        scrubbed.Category.Should().Be("HealthAgent.Food");
        scrubbed.Level.Should().Be(BreadcrumbLevel.Warning);
    }
}
