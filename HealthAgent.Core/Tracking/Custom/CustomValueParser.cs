using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HealthAgent.Core.Tracking;

/// <summary>Parses one raw value against its field definition.</summary>
internal static class CustomValueParser
{
    public static bool TryParse(CustomField field, JsonElement value, [NotNullWhen(true)] out JsonNode? node, out string problem)
    {
        node = null;
        problem = "";
        switch (field.Type)
        {
            case CustomFieldType.Number when value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number):
                if (number < field.Min || number > field.Max)
                {
                    problem = $"{field.Name} must be between {field.Min?.ToString() ?? "-∞"} and {field.Max?.ToString() ?? "∞"}.";
                    return false;
                }
                node = JsonValue.Create(number);
                return true;
            case CustomFieldType.Number:
                problem = $"{field.Name} must be a number.";
                return false;
            case CustomFieldType.Scale when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var step):
                if (step < field.Min || step > field.Max)
                {
                    problem = $"{field.Name} must be a whole number from {field.Min} to {field.Max}.";
                    return false;
                }
                node = JsonValue.Create(step);
                return true;
            case CustomFieldType.Scale:
                problem = $"{field.Name} must be a whole number from {field.Min} to {field.Max}.";
                return false;
            case CustomFieldType.YesNo when ParseYesNo(value) is { } flag:
                node = JsonValue.Create(flag);
                return true;
            case CustomFieldType.YesNo:
                problem = $"{field.Name} must be yes or no.";
                return false;
            case CustomFieldType.Text when value.ValueKind == JsonValueKind.String:
                var text = value.GetString()!.Trim();
                if (text.Length == 0 || text.Length > field.MaxLength)
                {
                    problem = $"{field.Name} must have 1 to {field.MaxLength} characters.";
                    return false;
                }
                node = JsonValue.Create(text);
                return true;
            case CustomFieldType.Choice when value.ValueKind == JsonValueKind.String
                && field.Options?.FirstOrDefault(o => string.Equals(o, value.GetString()?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } option:
                node = JsonValue.Create(option);
                return true;
            case CustomFieldType.Choice:
                problem = $"{field.Name} must be one of: {string.Join(", ", field.Options ?? [])}.";
                return false;
            default:
                problem = $"{field.Name} must be text.";
                return false;
        }
    }

    // Users and the agent say "yes"/"no" as often as true/false.
    private static bool? ParseYesNo(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString()?.Trim().ToLowerInvariant() switch
        {
            "yes" or "y" or "true" => true,
            "no" or "n" or "false" => false,
            _ => null,
        },
        _ => null,
    };
}
