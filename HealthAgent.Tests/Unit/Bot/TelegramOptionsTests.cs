extern alias bot;

using System.ComponentModel.DataAnnotations;
using bot::HealthAgent.Bot.Telegram;

namespace HealthAgent.Tests.Unit.Bot;

/// <summary>The settings Telegram.Bot cannot take as they are fail at start-up with a sentence, not at the first call.</summary>
public sealed class TelegramOptionsTests
{
    [Theory]
    [InlineData("https://api.telegram.org")]
    [InlineData("http://127.0.0.1:8081/")]
    public void ServerAddress_WithoutAPath_IsAccepted(string url) =>
        Errors(new TelegramOptions { BotToken = "123:abc", ApiBaseUrl = new Uri(url) }).Should().BeEmpty();

    [Fact]
    public void ServerAddress_WithAPath_IsRejected_BecauseTelegramBotWouldDropIt() =>
        Errors(new TelegramOptions { BotToken = "123:abc", ApiBaseUrl = new Uri("http://proxy.local/telegram/") })
            .Should().ContainSingle(e => e.Contains("Telegram:ApiBaseUrl", StringComparison.Ordinal));

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("abc:def")]
    [InlineData("123:")]
    public void MalformedToken_IsRejectedWithAdvice(string token) =>
        Errors(new TelegramOptions { BotToken = token })
            .Should().ContainSingle(e => e.Contains("Telegram:BotToken", StringComparison.Ordinal) && e.Contains("@BotFather", StringComparison.Ordinal));

    [Fact]
    public void NoToken_IsAccepted_TheBotRunsDegraded() => Errors(new TelegramOptions()).Should().BeEmpty();

    private static List<string> Errors(TelegramOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
