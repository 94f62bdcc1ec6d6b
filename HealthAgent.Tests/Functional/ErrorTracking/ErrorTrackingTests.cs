using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HealthAgent.ServiceDefaults.ErrorTracking;
using HealthAgent.Tests.Functional.Metrics;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sentry;

namespace HealthAgent.Tests.Functional.ErrorTracking;

/// <summary>
/// The real Api with <c>Sentry:Dsn</c> pointed at a local fake ingestion endpoint. Alone in the metrics collection:
/// the Sentry SDK keeps one hub per process, and the error counter is read from <c>/metrics</c>.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class ErrorTrackingTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private const string UserText = "I ate three chocolate croissants at midnight";
    private const string DatabasePassword = "hunter2-very-secret";
    private const string BotToken = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawX";
    private const string WebhookSecret = "webhook-secret-value-42";
    private const string CookieValue = "cookie-secret-value-42";
    private const string FailingPath = "/test/fail";

    [Fact]
    public async Task UnhandledException_WithDsn_SendsAScrubbedEventTaggedWithTraceRequestAndUserIds()
    {
        await using var sentry = await FakeSentry.StartAsync();
        var ada = await host.CreateUserAsync();
        await using var api = host.CreateFactory(new Dictionary<string, string?> { ["Sentry:Dsn"] = sentry.Dsn })
            .WithWebHostBuilder(web => web.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingRoute>()));
        using var client = api.CreateClient();
        var traceId = ActivityTraceIdHex();
        using var request = new HttpRequestMessage(HttpMethod.Post, FailingPath + "?q=chocolate+croissants")
        {
            Content = JsonContent.Create(new { text = UserText }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ada.Key);
        request.Headers.Add("X-Request-Id", "sentry-req-42");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
        request.Headers.Add("Cookie", "session=" + CookieValue);

        using var response = await client.SendAsOutsideCallerAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError, "the test route throws");
        var found = await sentry.WaitForEventAsync(e => Tag(e, ErrorEventFilter.RequestIdTag) == "sentry-req-42", TimeSpan.FromSeconds(15));
        found.Should().NotBeNull($"the SDK should have posted the event to the fake Sentry; envelopes received: {sentry.Envelopes.Count}");
        var sent = found!.Value;
        var exception = sent.GetProperty("exception").GetProperty("values").EnumerateArray().Last();
        exception.GetProperty("type").GetString().Should().Be(typeof(InvalidOperationException).FullName);
        exception.GetProperty("stacktrace").GetProperty("frames").GetArrayLength().Should().BePositive("stack frames are kept");
        Tag(sent, ErrorEventFilter.TraceIdTag).Should().Be(traceId, "the W3C trace id of the request, as in its logs");
        Tag(sent, ErrorEventFilter.UserIdTag).Should().Be(ada.Id.ToString());
        sent.GetProperty("user").GetProperty("id").GetString().Should().Be(ada.Id.ToString());

        var everything = string.Join("\n", sentry.Envelopes);
        everything.Should().NotContain(UserText, "what a user wrote never leaves the service")
            .And.NotContain("chocolate", "neither through the message, the body nor the query string")
            .And.NotContain(DatabasePassword).And.NotContain(BotToken).And.NotContain(ada.Key)
            .And.NotContain(WebhookSecret).And.NotContain(CookieValue);
        sent.GetProperty("request").GetProperty("headers").EnumerateObject().Select(h => h.Name)
            .Should().NotContain(name => name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Cookie", StringComparison.OrdinalIgnoreCase) || name.StartsWith("X-Telegram", StringComparison.OrdinalIgnoreCase),
                "only an allow-list of harmless headers is sent")
            .And.Contain(name => name.Equals("X-Request-Id", StringComparison.OrdinalIgnoreCase));

        using var scrape = api.CreateClient();
        var metrics = await scrape.GetStringAsync("/metrics");
        Regex.Match(metrics, "^healthagent_error_events_total\\{outcome=\"sent\"\\} (\\d+)", RegexOptions.Multiline)
            .Groups[1].Value.Should().NotBeNullOrEmpty("the sent event is counted under the name the dashboard queries")
            .And.NotBe("0");
        await Promtool.CheckMetricsAsync(metrics);
    }

    [Fact]
    public async Task UnhandledException_WithoutDsn_InitialisesNothing()
    {
        await using var service = await ServiceDefaultsHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Sentry:SampleRate"] = "0.5" },
            map: app => app.MapGet(FailingPath, IResult () => throw new InvalidOperationException(UserText)));

        using var response = await service.Client.GetAsync(FailingPath);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        service.App.Services.GetService<IHub>().Should().BeNull("without Sentry:Dsn the SDK is not registered");
        service.App.Services.GetServices<ILoggerProvider>().Should().NotContain(p => p.GetType().Namespace!.StartsWith("Sentry"));
        service.App.Services.GetService<IOptions<ErrorTrackingOptions>>()!.Value.Enabled.Should().BeFalse();
        SentrySdk.IsEnabled.Should().BeFalse("nothing in this process initialised the SDK");
    }

    [Fact]
    public async Task StartUp_WithAMalformedDsn_FailsNamingTheSetting()
    {
        var start = () => ServiceDefaultsHost.StartAsync(settings: new Dictionary<string, string?> { ["Sentry:Dsn"] = "sentry please" });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Sentry:Dsn");
    }

    private static string ActivityTraceIdHex() => System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();

    private static string? Tag(JsonElement @event, string name) =>
        @event.TryGetProperty("tags", out var tags) && tags.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>A route that exists only in this test: it fails with a message that quotes user text and secrets.</summary>
    private sealed class FailingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // After the Api's own pipeline, so authentication has run and the request id is set.
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException(
                    $"Could not save '{UserText}' with Host=db;Password={DatabasePassword}; bot {BotToken}; key {context.Request.Headers.Authorization}")
                : rest(context));
        };
    }
}
