using System.Text.Json;
using HealthAgent.Contracts;
using HealthAgent.Contracts.Conversations;
using HealthAgent.Contracts.Notifications;

namespace HealthAgent.Tests.Unit.Contracts;

/// <summary>The JSON that crosses processes, as the source-generated context writes and reads it.</summary>
public sealed class WireContractTests
{
    [Fact]
    public void ConversationResponse_RoundTrips_WithTheDocumentedPropertyNames()
    {
        var response = new ConversationResponse(
            new ConversationReply("Logged.", [[new ReplyButton("Undo", "food:undo:1")]], new ReplyImage("iVBO", "image/png")),
            "offline", "degraded", ["usda"]);

        var json = JsonSerializer.Serialize(response, ContractsJsonContext.Default.ConversationResponse);
        var back = JsonSerializer.Deserialize(json, ContractsJsonContext.Default.ConversationResponse)!;

        json.Should().Contain("\"unavailable_sources\":[\"usda\"]").And.Contain("\"reply\":{\"text\":\"Logged.\"")
            .And.Contain("\"mimeType\":\"image/png\"");
        back.Reply.Buttons.Single().Single().Should().Be(new ReplyButton("Undo", "food:undo:1"));
        back.UnavailableSources.Should().Equal("usda");
    }

    [Fact]
    public void NotificationRequest_WithoutButtons_OmitsThem_AndReadsBackAsNull()
    {
        var json = JsonSerializer.Serialize(new NotificationRequest(42, "Water!", null, "r:1"), ContractsJsonContext.Default.NotificationRequest);

        json.Should().Be("{\"telegramChatId\":42,\"text\":\"Water!\",\"idempotencyKey\":\"r:1\"}");
        JsonSerializer.Deserialize(json, ContractsJsonContext.Default.NotificationRequest)!.Buttons.Should().BeNull();
    }
}
