extern alias bot;

using bot::HealthAgent.Bot.Telegram;

namespace HealthAgent.Tests.Unit.Bot;

public sealed class TelegramTextTests
{
    [Fact]
    public void Split_ShortText_IsOneMessage() => TelegramText.Split("hello").Should().Equal("hello");

    [Fact]
    public void Split_LongText_BreaksOnParagraphBoundaries()
    {
        var first = new string('a', 3000);
        var second = new string('b', 3000);

        var parts = TelegramText.Split(first + "\n\n" + second);

        parts.Should().Equal(first, second);
    }

    [Fact]
    public void Split_EveryPartFitsTheLimit_AndNothingIsLost()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"Paragraph {i}: " + new string('x', 300)));

        var parts = TelegramText.Split(text);

        parts.Should().OnlyContain(p => p.Length <= TelegramText.MaxMessageLength);
        string.Join("\n\n", parts).Should().Be(text);
    }

    [Fact]
    public void Split_WithoutAnyBreak_CutsHardAtTheLimit()
    {
        var parts = TelegramText.Split(new string('z', 5000));

        parts.Select(p => p.Length).Should().Equal(4096, 904);
    }

    [Fact]
    public void RedactToken_RemovesTheTokenFromBotApiUrls() =>
        TokenRedaction.Redact("POST https://api.telegram.org/bot123:ABC-def/sendMessage and /file/bot123:ABC-def/photos/1.jpg")
            .Should().Be("POST https://api.telegram.org/bot[redacted]/sendMessage and /file/bot[redacted]/photos/1.jpg");
}
