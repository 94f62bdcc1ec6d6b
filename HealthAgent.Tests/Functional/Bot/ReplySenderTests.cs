extern alias bot;

using System.Text.Json.Nodes;
using bot::HealthAgent.Bot.Rendering;
using HealthAgent.Contracts.Conversations;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>How an Api reply reaches Telegram through Telegram.Bot: escaped, split, buttons last, images uploaded.</summary>
public sealed class ReplySenderTests : IAsyncLifetime
{
    private TelegramStub _stub = null!;

    public async Task InitializeAsync() => _stub = await TelegramStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task LongReply_IsSplitIntoEscapedHtmlMessages_WithTheButtonsUnderTheLast()
    {
        var first = "Breakfast <3 " + new string('a', 3000);
        var second = "Lunch & dinner " + new string('b', 3000);

        await Sender().SendAsync(7, new ConversationReply(first + "\n\n" + second, [[new ReplyButton("Log it", "meal:log")]]), default);

        var sent = _stub.CallsTo("sendMessage").Select(c => JsonNode.Parse(c.Body)!).ToList();
        sent.Select(m => m["text"]!.GetValue<string>()).Should().Equal(first.Replace("<", "&lt;"), second.Replace("&", "&amp;"));
        // Telegram.Bot writes "Html"; the Bot API reads parse modes case-insensitively.
        sent.Should().OnlyContain(m => string.Equals(m["parse_mode"]!.GetValue<string>(), "HTML", StringComparison.OrdinalIgnoreCase));
        sent[0]["reply_markup"].Should().BeNull("the buttons belong under the last part");
        sent[1]["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>().Should().Be("meal:log");
    }

    [Fact]
    public async Task ReplyWithAnImage_IsOnePhotoCaptionedWithTheText_AndItsButtons()
    {
        var png = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3 };

        var last = await Sender().SendAsync(7, new ConversationReply("Your week <3", [[new ReplyButton("More", "chart:more")]],
            new ReplyImage(Convert.ToBase64String(png), "image/png")), default);

        var upload = _stub.CallsTo("sendPhoto").Single();
        upload.ContentType.Should().StartWith("multipart/form-data");
        upload.Body.Should().Contain("filename=\"image.png\"").And.Contain("name=chat_id").And.Contain("PNG\u0001\u0002\u0003")
            .And.Contain("Your week &lt;3").And.Contain("chart:more");
        _stub.CallsTo("sendMessage").Should().BeEmpty("the text travels as the caption");
        last!.MessageId.Should().BeGreaterThan(0, "the photo is the reply's message");
    }

    [Fact]
    public async Task ReplyWithAnImage_AndTextLongerThanACaption_SendsTheTextThenThePhoto()
    {
        var png = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3 };
        var text = new string('x', ReplySender.MaxCaptionLength + 1);

        await Sender().SendAsync(7, new ConversationReply(text, [], new ReplyImage(Convert.ToBase64String(png), "image/png")), default);

        _stub.Calls.Select(c => c.Method).Should().Equal("sendMessage", "sendPhoto");
    }

    [Fact]
    public async Task EditThatTelegramRefuses_IsShownAsANewMessage()
    {
        _stub.Override = (method, _) => method == "editMessageText" ? TelegramStub.Error(400, "Bad Request: message is not modified") : null;

        await Sender().EditAsync(7, 55, ConversationReply.Plain("Saved."), default);

        _stub.CallsTo("editMessageText").Should().ContainSingle();
        _stub.CallsTo("sendMessage").Select(c => JsonNode.Parse(c.Body)!["text"]!.GetValue<string>()).Should().Equal("Saved.");
    }

    private ReplySender Sender() => new(TelegramClients.For(_stub), NullLogger<ReplySender>.Instance);
}
