using System.Text.Json;

namespace HealthAgent.Agent.Tools;

/// <summary>Builds tools' JSON schemas from literal JSON, so each schema reads like what the model receives.</summary>
public static class ToolSchema
{
    /// <summary>An object schema with the given properties (a JSON object literal) and required names.</summary>
    public static JsonElement Object(string properties, params string[] required)
    {
        var requiredJson = JsonSerializer.Serialize(required);
        using var document = JsonDocument.Parse($$"""{"type":"object","properties":{{properties}},"required":{{requiredJson}},"additionalProperties":false}""");
        return document.RootElement.Clone();
    }

    /// <summary>A schema for a tool that takes no arguments.</summary>
    public static JsonElement Empty() => Object("{}");
}
