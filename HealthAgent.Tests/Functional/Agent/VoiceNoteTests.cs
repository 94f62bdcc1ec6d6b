using System.Net;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Agent;

/// <summary>
/// Voice notes: transcribed by SK's OpenAI speech-to-text client against a local fake <c>/v1/audio/transcriptions</c>,
/// then answered as text with the transcript echoed first; a clear sentence when no transcription is configured.
/// </summary>
public sealed class VoiceNoteTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private static readonly object Note = new { base64 = Convert.ToBase64String("OggS-opus-bytes"u8.ToArray()), mimeType = "audio/ogg" };

    [Fact]
    public async Task AVoiceNote_IsTranscribed_AnsweredAsText_AndTheTranscriptComesFirst()
    {
        await using var llm = await LlmStub.StartAsync(new ScriptedResponses().Then(LlmStub.Text("Logged your breakfast.")));
        await using var api = host.CreateFactory(llm.Settings(false, true));
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada, host.Client(ada.Key, api));

        var response = await chat.PostAsync(new { voice = Note, messageId = "tg:1:1" });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ConversationClient.Text(body).Should().Be("🎙️ I heard: \"I had 2 eggs and toast for breakfast\"\n\nLogged your breakfast.");
        llm.Transcriptions.Should().ContainSingle().Which.Should().Be(("stub-whisper", "voice.ogg", 15L));
        llm.Requests.Single().GetProperty("messages").EnumerateArray().Last().GetProperty("content").ToString()
            .Should().Contain("I had 2 eggs and toast for breakfast", "the model gets the transcript as the user's words");
    }

    [Fact]
    public async Task WithoutATranscriptionModel_TheUserIsToldToType_AndAFailingEndpointIsDegraded()
    {
        var ada = await host.CreateUserAsync();
        await using var llm = await LlmStub.StartAsync(new ScriptedResponses());
        llm.Transcript = null;
        await using var api = host.CreateFactory(llm.Settings(false, true));

        var offline = ConversationClient.Text(JsonDocument.Parse(await (await new ConversationClient(ada).PostAsync(new { voice = Note })).Content.ReadAsStringAsync()).RootElement);
        var failing = JsonDocument.Parse(await (await new ConversationClient(ada, host.Client(ada.Key, api)).PostAsync(new { voice = Note })).Content.ReadAsStringAsync()).RootElement;

        offline.Should().StartWith("I can't listen to voice notes here (no transcription model is configured).");
        ConversationClient.Text(failing).Should().StartWith("I couldn't transcribe that voice note right now.");
        failing.GetProperty("status").GetString().Should().Be("degraded");
    }

    [Theory]
    [InlineData("video/mp4", "T2dnUw==", "not one I can transcribe")]
    [InlineData("audio/ogg", "not base64!", "not valid base64")]
    [InlineData("audio/ogg", "", "empty")]
    public async Task ABadVoiceNote_IsRefusedWithASentence(string mimeType, string base64, string expected)
    {
        var ada = await host.CreateUserAsync();

        var response = await new ConversationClient(ada).PostAsync(new { voice = new { base64, mimeType } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(expected);
    }
}
