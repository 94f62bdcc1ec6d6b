using HealthAgent.Agent.Llm;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace HealthAgent.Agent.Voice;

/// <summary>
/// Turns a voice note into text through the configured OpenAI-compatible <c>/audio/transcriptions</c> endpoint (SK's
/// speech-to-text service), over the <c>llm</c> client with its timeout, retries and breaker.
/// </summary>
public sealed class VoiceTranscriber(LlmConnector llm)
{
    /// <summary>Whether a transcription model is configured.</summary>
    public bool Enabled => llm.TranscriptionEnabled;

    /// <summary>The words in <paramref name="audio"/>, trimmed ("" when there were none).</summary>
    public async Task<string> TranscribeAsync(AudioInput audio, CancellationToken cancellationToken)
    {
        var kernel = llm.AddTranscription(Kernel.CreateBuilder()).Build();
        var service = kernel.GetRequiredService<IAudioToTextService>();
        var settings = new OpenAIAudioToTextExecutionSettings(AudioInput.FileNames[audio.MimeType]);
        var texts = await service.GetTextContentsAsync(new AudioContent(audio.Bytes, audio.MimeType), settings, kernel, cancellationToken);
        return string.Join(" ", texts.Select(t => t.Text?.Trim()).Where(t => !string.IsNullOrEmpty(t))).Trim();
    }
}
