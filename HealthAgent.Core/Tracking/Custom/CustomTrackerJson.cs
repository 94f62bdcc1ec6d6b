using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthAgent.Core.Tracking;

/// <summary>The JSON shape of stored tracker definitions and entry values (camelCase, enums as camelCase strings).</summary>
public static class CustomTrackerJson
{
    /// <summary>Serializer options for <see cref="CustomTracker.Fields"/>.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads stored field definitions.</summary>
    public static IReadOnlyList<CustomField> ReadFields(string json) =>
        JsonSerializer.Deserialize<List<CustomField>>(json, Options) ?? [];

    /// <summary>Writes field definitions for storage.</summary>
    public static string WriteFields(IReadOnlyList<CustomField> fields) => JsonSerializer.Serialize(fields, Options);
}
