using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace HealthAgent.Agent.Llm;

/// <summary>
/// Builds the OpenAI SDK clients over the <c>llm</c> HttpClient from <see cref="IHttpClientFactory"/>, so every call goes
/// through the host's resilience handler (timeouts, retries honouring Retry-After, the circuit breaker). The SDK's own
/// retries are switched off: two retry layers would multiply attempts and hide the breaker's count.
/// </summary>
public sealed class LlmClientFactory(IHttpClientFactory httpClients, IOptions<LlmOptions> options)
{
    /// <summary>Whether an LLM is configured.</summary>
    public bool Enabled => options.Value.Enabled;

    /// <summary>Whether a vision model is configured.</summary>
    public bool VisionEnabled => options.Value.Enabled && options.Value.VisionModel is { Length: > 0 };

    /// <summary>The chat brain.</summary>
    public IChatClient CreateChat() => Create(options.Value.Model);

    /// <summary>The vision brain.</summary>
    public IChatClient CreateVision() => Create(options.Value.VisionModel ?? throw new InvalidOperationException("No vision model is configured."));

    private OpenAIChatClientAdapter Create(string model)
    {
        var settings = options.Value;
        var http = httpClients.CreateClient(LlmOptions.HttpClientName);
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint ?? throw new InvalidOperationException("No LLM is configured."),
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // The resilience handler's total timeout is the real limit; this only has to be longer.
            NetworkTimeout = TimeSpan.FromMinutes(2),
        };
        return new OpenAIChatClientAdapter(new ChatClient(model, new ApiKeyCredential(settings.Key), clientOptions), model);
    }
}
