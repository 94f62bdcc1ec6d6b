using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Llm;

/// <summary>
/// Adds Semantic Kernel's OpenAI connector to a turn's kernel, over the <c>llm</c> HttpClient from
/// <see cref="IHttpClientFactory"/>: every call goes through the host's resilience handler (timeouts, retries honouring
/// Retry-After, the circuit breaker). Given an HttpClient, the connector makes no retries of its own, so attempts are
/// counted once and the breaker sees each of them.
/// </summary>
public sealed class LlmConnector(IHttpClientFactory httpClients, IOptions<LlmOptions> options)
{
    /// <summary>Whether an LLM is configured.</summary>
    public bool Enabled => options.Value.Enabled;

    /// <summary>Whether a vision model is configured.</summary>
    public bool VisionEnabled => options.Value.Enabled && options.Value.VisionModel is { Length: > 0 };

    /// <summary>Adds the chat model as the kernel's <see cref="Microsoft.Extensions.AI.IChatClient"/>, with SK's function calling.</summary>
    public IKernelBuilder AddChat(IKernelBuilder builder) => Add(builder, options.Value.Model);

    /// <summary>Adds the vision model as the kernel's chat client.</summary>
    public IKernelBuilder AddVision(IKernelBuilder builder) =>
        Add(builder, options.Value.VisionModel ?? throw new InvalidOperationException("No vision model is configured."));

    /// <summary>Whether voice notes can be transcribed: an LLM with a transcription model.</summary>
    public bool TranscriptionEnabled => options.Value.Enabled && options.Value.TranscriptionModel is { Length: > 0 };

    /// <summary>Adds SK's OpenAI speech-to-text service for the transcription model, over the same resilient <c>llm</c> client.</summary>
    public IKernelBuilder AddTranscription(IKernelBuilder builder)
    {
        var settings = options.Value;
        var client = new OpenAI.OpenAIClient(new System.ClientModel.ApiKeyCredential(settings.Key), new OpenAI.OpenAIClientOptions
        {
            Endpoint = settings.Endpoint ?? throw new InvalidOperationException("No LLM is configured."),
            Transport = new System.ClientModel.Primitives.HttpClientPipelineTransport(httpClients.CreateClient(LlmOptions.HttpClientName)),
        });
        return builder.AddOpenAIAudioToText(settings.TranscriptionModel ?? throw new InvalidOperationException("No transcription model is configured."), client);
    }

    private IKernelBuilder Add(IKernelBuilder builder, string model)
    {
        var settings = options.Value;
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("No LLM is configured.");
        return builder.AddOpenAIChatClient(model, endpoint, settings.Key, httpClient: httpClients.CreateClient(LlmOptions.HttpClientName));
    }
}
