using System.Text.Json;
using System.Text.Json.Nodes;
using HealthAgent.Core.Common;

namespace HealthAgent.Core.Tracking;

/// <summary>Validates tracker definitions and entries; every bad field is named in one <see cref="DomainValidationException"/>.</summary>
public static class CustomTrackerValidator
{
    /// <summary>Most fields per tracker.</summary>
    public const int MaxFields = 20;

    /// <summary>Longest tracker or field name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Text length used when a text field sets none.</summary>
    public const int DefaultTextLength = 500;

    /// <summary>Checks a definition and returns its normalized fields (trimmed names, text lengths defaulted).</summary>
    /// <exception cref="DomainValidationException">Errors under <c>name</c> and <c>fields[i].property</c>.</exception>
    public static IReadOnlyList<CustomField> ValidateDefinition(DefineTracker definition)
    {
        var errors = new ErrorList();
        if (string.IsNullOrWhiteSpace(definition.Name) || definition.Name.Trim().Length > MaxNameLength)
        {
            errors.Add("name", $"The tracker name must have 1 to {MaxNameLength} characters.");
        }
        if (definition.Fields is not { Count: > 0 and <= MaxFields })
        {
            errors.Add("fields", $"A tracker needs 1 to {MaxFields} fields.");
            errors.ThrowIfAny();
        }

        var normalized = new List<CustomField>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < definition.Fields.Count; i++)
        {
            var field = definition.Fields[i] with { Name = definition.Fields[i].Name?.Trim() ?? "", Unit = definition.Fields[i].Unit?.Trim() };
            var at = $"fields[{i}]";
            if (field.Name.Length is 0 or > MaxNameLength)
            {
                errors.Add($"{at}.name", $"A field name must have 1 to {MaxNameLength} characters.");
            }
            else if (!names.Add(field.Name))
            {
                errors.Add($"{at}.name", $"The field name '{field.Name}' is used twice.");
            }
            normalized.Add(CheckField(field, at, errors));
        }
        errors.ThrowIfAny();
        return normalized;
    }

    private static CustomField CheckField(CustomField field, string at, ErrorList errors)
    {
        switch (field.Type)
        {
            case CustomFieldType.Number:
                if (field.Min is { } min && field.Max is { } max && min > max)
                {
                    errors.Add($"{at}.max", "max must not be less than min.");
                }
                return field with { MaxLength = null, Options = null };
            case CustomFieldType.Scale:
                if (field.Min is not { } low || field.Max is not { } high || low != Math.Floor(low) || high != Math.Floor(high) || low >= high)
                {
                    errors.Add($"{at}.min", "A scale needs whole min and max with min < max.");
                }
                return field with { Unit = null, MaxLength = null, Options = null };
            case CustomFieldType.Text:
                var length = field.MaxLength ?? DefaultTextLength;
                if (length is < 1 or > 2000)
                {
                    errors.Add($"{at}.maxLength", "maxLength must be 1 to 2000.");
                }
                return field with { Unit = null, Min = null, Max = null, MaxLength = length, Options = null };
            case CustomFieldType.Choice:
                var options = field.Options?.Select(o => o?.Trim() ?? "").ToList() ?? [];
                if (options.Count is 0 or > 50 || options.Any(o => o.Length is 0 or > MaxNameLength)
                    || options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
                {
                    errors.Add($"{at}.options", "A choice needs 1 to 50 distinct, non-empty options.");
                }
                return field with { Unit = null, Min = null, Max = null, MaxLength = null, Options = options };
            case CustomFieldType.YesNo:
                return field with { Unit = null, Min = null, Max = null, MaxLength = null, Options = null };
            default:
                errors.Add($"{at}.type", "Unknown field type.");
                return field;
        }
    }

    /// <summary>Checks an entry against the tracker's fields and returns the normalized values as a JSON object.</summary>
    /// <exception cref="DomainValidationException">Errors under <c>values.&lt;field name&gt;</c>.</exception>
    public static string ValidateEntry(IReadOnlyList<CustomField> fields, IReadOnlyDictionary<string, JsonElement> values)
    {
        var errors = new ErrorList();
        var byName = fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var unknown in values.Keys.Where(k => !byName.ContainsKey(k)))
        {
            errors.Add($"values.{unknown}", $"The tracker has no field '{unknown}'.");
        }

        var result = new JsonObject();
        foreach (var field in fields)
        {
            var given = values.FirstOrDefault(v => string.Equals(v.Key, field.Name, StringComparison.OrdinalIgnoreCase));
            if (given.Key is null || given.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                if (field.Required)
                {
                    errors.Add($"values.{field.Name}", $"{field.Name} is required.");
                }
                continue;
            }
            if (CustomValueParser.TryParse(field, given.Value, out var node, out var problem))
            {
                result[field.Name] = node;
            }
            else
            {
                errors.Add($"values.{field.Name}", problem);
            }
        }
        errors.ThrowIfAny();
        return result.ToJsonString();
    }
}
