namespace HealthAgent.Agent.Llm;

/// <summary>
/// The LLM endpoint, parsed from <c>ConnectionStrings__llm</c> (<c>Endpoint=…;Key=…;Model=…[;VisionModel=…][;TranscriptionModel=…]</c>). Any
/// OpenAI-compatible server works: OpenAI, Azure OpenAI's v1 endpoint, Ollama, vLLM.
/// </summary>
public sealed class LlmOptions
{
    /// <summary>The connection string's name.</summary>
    public const string ConnectionStringName = "llm";

    /// <summary>The name of the HttpClient that carries LLM calls (and its resilience pipeline and breaker).</summary>
    public const string HttpClientName = "llm";

    /// <summary>The API base, such as <c>https://api.openai.com/v1</c> or <c>http://localhost:11434/v1</c>; null when no LLM is configured.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The API key (any non-empty text for servers that need none, such as Ollama).</summary>
    public string Key { get; set; } = "";

    /// <summary>The chat model with tool calling.</summary>
    public string Model { get; set; } = "";

    /// <summary>A model that accepts images; photos are described by it. Null: photos need a caption.</summary>
    public string? VisionModel { get; set; }

    /// <summary>The speech-to-text model for voice notes (<c>/audio/transcriptions</c>, such as <c>whisper-1</c>); none when unset.</summary>
    public string? TranscriptionModel { get; set; }

    /// <summary>Whether an LLM is configured.</summary>
    public bool Enabled => Endpoint is not null && Model.Length > 0;
}
