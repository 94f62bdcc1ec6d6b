using System.Data.Common;

namespace HealthAgent.Agent.Llm;

/// <summary>Parses <c>Endpoint=…;Key=…;Model=…[;VisionModel=…][;TranscriptionModel=…]</c> (keys case-insensitive, values may be quoted).</summary>
public static class LlmConnectionString
{
    /// <summary>Fills <paramref name="options"/> from <paramref name="connectionString"/>; an empty string leaves the LLM off.</summary>
    /// <exception cref="FormatException">The string is present but has no valid absolute Endpoint or no Model.</exception>
    public static void Apply(string? connectionString, LlmOptions options)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string? Get(string key) => parts.TryGetValue(key, out var value) && value?.ToString() is { Length: > 0 } text ? text.Trim() : null;

        if (!Uri.TryCreate(Get("Endpoint"), UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new FormatException("ConnectionStrings:llm needs Endpoint=<absolute http(s) URL>.");
        }
        options.Endpoint = endpoint;
        options.Key = Get("Key") ?? Get("ApiKey") ?? "none";
        options.Model = Get("Model") ?? throw new FormatException("ConnectionStrings:llm needs Model=<model name>.");
        options.VisionModel = Get("VisionModel");
        options.TranscriptionModel = Get("TranscriptionModel");
    }
}
