using System.Diagnostics;
using System.Text.Json;
using HealthAgent.ServiceDefaults.Logging;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Tests.Unit.Logging;

public sealed class JsonLogFormatterTests
{
    private const string BotToken = "7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
    private const string ApiKey = "ha_0123456789ab_Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0";
    private const string Password = "Sup3rS3cretPassw0rd";
    private static readonly string[] Secrets = [BotToken, ApiKey, Password, "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1", "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0"];

    private static (ILogger Logger, JsonLogCapture Capture) Create(LogLevel minimum = LogLevel.Trace)
    {
        var capture = new JsonLogCapture();
        var factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(minimum).AddProvider(capture));
        return (factory.CreateLogger("HealthAgent.Tests.Sample"), capture);
    }

    [Fact]
    public void Log_SecretsThroughEveryPath_NeverAppearInTheOutput()
    {
        var (logger, capture) = Create();
        var connection = $"Host=db;Username=app;Password={Password};Database=healthdb";

        logger.LogInformation("Calling https://api.telegram.org/bot{Token}/getMe with key {Key}", BotToken, ApiKey);
        logger.LogInformation("Connecting to {Target}", connection);
        logger.LogInformation("Raw header Authorization: Bearer {Value}", ApiKey);
        using (logger.BeginScope(new Dictionary<string, object?> { ["Connection"] = connection, ["Password"] = Password, ["ApiKey"] = ApiKey }))
        using (logger.BeginScope("Bot {BotToken} for {Caller}", BotToken, ApiKey))
        using (logger.BeginScope($"plain scope with {BotToken} and {connection}"))
        {
            logger.LogWarning("Inside scopes");
        }
        logger.LogError(new InvalidOperationException($"Failed with {connection} and {BotToken}",
            new HttpRequestException($"401 for Bearer {ApiKey}")), "Call failed");
        logger.Log(LogLevel.Information, new EventId(7), new Dictionary<string, object?>
        {
            ["password"] = Password, ["url"] = $"https://user:{Password}@example.org/bot{BotToken}/send", ["note"] = $"key={ApiKey}",
        }, null, (_, _) => "Structured state");
        logger.LogInformation("Service key header {Authorization}", $"Bearer {Password}");

        capture.Lines.Should().HaveCount(7);
        capture.Parsed().Should().HaveCount(7, "every line is one JSON object");
        foreach (var secret in Secrets)
        {
            capture.All.Should().NotContain(secret, $"the secret {secret[..8]}… must be redacted on every path");
        }
        capture.All.Should().Contain(LogRedactor.Mask);
    }

    [Fact]
    public void Log_InsideAnActivityAndARequestScope_HasTheTopLevelFields()
    {
        var (logger, capture) = Create();
        using var activity = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();

        using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "req-42", ["UserId"] = "user-7", ["Extra"] = 3 }))
        {
            logger.LogInformation("Logged {Count} meals", 2);
        }

        var line = capture.Parsed().Single();
        line.GetProperty("timestamp").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        line.GetProperty("level").GetString().Should().Be("Information");
        line.GetProperty("category").GetString().Should().Be("HealthAgent.Tests.Sample");
        line.GetProperty("message").GetString().Should().Be("Logged 2 meals");
        line.GetProperty("traceId").GetString().Should().Be(activity.TraceId.ToHexString());
        line.GetProperty("spanId").GetString().Should().Be(activity.SpanId.ToHexString());
        line.GetProperty("requestId").GetString().Should().Be("req-42");
        line.GetProperty("userId").GetString().Should().Be("user-7");
        line.GetProperty("state").GetProperty("Count").GetInt32().Should().Be(2);
        line.GetProperty("scope").GetProperty("Extra").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Log_Exception_IsWrittenAsStructuredFields()
    {
        var (logger, capture) = Create();
        Exception thrown;
        try
        {
            throw new InvalidOperationException("outer", new TimeoutException("inner"));
        }
        catch (Exception ex)
        {
            thrown = ex;
        }

        logger.LogError(thrown, "It broke");

        var exception = capture.Parsed().Single().GetProperty("exception");
        exception.GetProperty("type").GetString().Should().Be("System.InvalidOperationException");
        exception.GetProperty("message").GetString().Should().Be("outer");
        exception.GetProperty("stackTrace").GetString().Should().Contain(nameof(Log_Exception_IsWrittenAsStructuredFields));
        exception.GetProperty("inner").GetProperty("type").GetString().Should().Be("System.TimeoutException");
    }

    [Fact]
    public void Log_UserMessageText_AppearsOnlyAtDebug()
    {
        var (logger, capture) = Create();

        logger.LogInformation("Handled a message of {Length} characters: {Text}", 12, "I ate a pear");
        logger.LogDebug("Handled a message: {Text}", "I ate a pear");

        var lines = capture.Parsed();
        lines[0].GetProperty("state").GetProperty("Text").GetString().Should().Be(LogRedactor.Mask);
        lines[1].GetProperty("state").GetProperty("Text").GetString().Should().Be("I ate a pear");
    }

    [Theory]
    [InlineData("Host=db;Port=5432;Username=app;Password=hunter2;Database=x", "Host=db;Port=5432;Username=app;Password=[REDACTED];Database=x")]
    [InlineData("Endpoint=http://llm;Key=sk-abc123;Model=m", "Endpoint=http://llm;Key=[REDACTED];Model=m")]
    [InlineData("redis:6379,password=s3cret", "redis:6379,password=[REDACTED]")]
    [InlineData("Authorization: Bearer abcdefgh", "Authorization: [REDACTED]")]
    [InlineData("nothing secret here", "nothing secret here")]
    public void Redact_KnownShapes_MasksOnlyTheSecret(string input, string expected) =>
        LogRedactor.Redact(input).Should().Be(expected);
}
