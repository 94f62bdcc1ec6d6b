extern alias bot;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>Hosts the real Bot in memory against a Bot API stub (or emulator), an Api stub and a real Redis.</summary>
public sealed class BotFactory(Uri telegram, Uri api, string redis, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<bot::Program>
{
    /// <summary>When set before the host starts, receives every log message of the Bot.</summary>
    public CapturedLogs? Logs { get; init; }

    public const string ServiceKey = "service-key-for-bot-tests-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (Logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }

        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = redis,
            ["services:api:http:0"] = api.ToString().TrimEnd('/'),
            ["Auth:ServiceKey"] = ServiceKey,
            ["Telegram:BotToken"] = TelegramStub.Token,
            ["Telegram:ApiBaseUrl"] = telegram.ToString(),
            ["Telegram:EmptyPollDelay"] = "00:00:00.050",
            ["Telegram:PollingTimeoutSeconds"] = "0",
            ["Telegram:RetryBaseDelay"] = "00:00:00.100",
            ["Telegram:RetryMaxDelay"] = "00:00:00.200",
            ["Telegram:PerChatInterval"] = "00:00:00",
            ["Resilience:Clients:api:MaxRetryAttempts"] = "0",
            ["Resilience:Clients:api:BreakerFailureThreshold"] = "10000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }
    }
}
