using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using HealthAgent.Core.Common;

namespace HealthAgent.Api.Validation;

/// <summary>
/// The rules every input obeys, whatever the endpoint: text holds no NUL character (PostgreSQL cannot store it and no
/// name, note or message needs it), a list holds no <c>null</c> element, an enum holds one of its names (JSON may
/// send any number), and a date or time lies in the plausible window of <see cref="TimeRules"/>. <see cref="Check"/> walks a bound body (records, lists, dictionaries) and names
/// each offending field by its JSON path, such as <c>items[0].name</c>.
/// </summary>
public static class InputRules
{
    /// <summary>The message for a NUL character.</summary>
    public const string NulMessage = "Text may not contain the NUL character (\\u0000).";

    /// <summary>The message for a null list element.</summary>
    public const string NullElementMessage = "A list may not contain null.";

    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The broken rules in <paramref name="value"/>, by field path; empty when it obeys them all.</summary>
    public static Dictionary<string, string[]> Check(string name, object? value, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        Walk(name, value, now, errors, 0);
        return errors;
    }

    private static void Walk(string path, object? value, DateTimeOffset now, Dictionary<string, string[]> errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Contains('\0'))
                {
                    errors[path] = [NulMessage];
                }
                return;
            case DateOnly date:
                Add(errors, path, TimeRules.DateProblem(date, DateOnly.FromDateTime(now.UtcDateTime)));
                return;
            case DateTimeOffset instant:
                Add(errors, path, TimeRules.DateProblem(DateOnly.FromDateTime(instant.UtcDateTime), DateOnly.FromDateTime(now.UtcDateTime)));
                return;
            case DateTime local:
                Add(errors, path, TimeRules.DateProblem(DateOnly.FromDateTime(local), DateOnly.FromDateTime(now.UtcDateTime)));
                return;
            case JsonElement element:
                WalkJson(path, element, errors);
                return;
            case Enum member when !Enum.IsDefined(member.GetType(), member):
                errors[path] = [$"Must be one of: {string.Join(", ", Enum.GetNames(member.GetType()).Select(JsonNamingPolicy.SnakeCaseLower.ConvertName))}."];
                return;
        }
        var type = value.GetType();
        if (depth >= MaxDepth || type.IsPrimitive || type.IsEnum || value is decimal or Guid or TimeOnly or TimeSpan)
        {
            return;
        }
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                Walk($"{path}.{entry.Key}", entry.Key as string, now, errors, depth + 1);
                Walk($"{path}.{entry.Key}", entry.Value, now, errors, depth + 1);
            }
            return;
        }
        if (value is IEnumerable list)
        {
            var index = 0;
            foreach (var item in list)
            {
                if (item is null)
                {
                    errors[$"{path}[{index}]"] = [NullElementMessage];
                }
                Walk($"{path}[{index}]", item, now, errors, depth + 1);
                index++;
            }
            return;
        }
        if (type.Namespace?.StartsWith("HealthAgent", StringComparison.Ordinal) != true)
        {
            return;
        }
        foreach (var property in Properties.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)]))
        {
            Walk($"{path}.{JsonNamingPolicy.CamelCase.ConvertName(property.Name)}", property.GetValue(value), now, errors, depth + 1);
        }
    }

    private static void WalkJson(string path, JsonElement element, Dictionary<string, string[]> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when element.GetString()!.Contains('\0'):
                errors[path] = [NulMessage];
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Contains('\0'))
                    {
                        errors[path] = [NulMessage];
                    }
                    WalkJson($"{path}.{property.Name}", property.Value, errors);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    WalkJson($"{path}[{index++}]", item, errors);
                }
                break;
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string path, string? problem)
    {
        if (problem is not null)
        {
            errors[path] = [problem];
        }
    }
}
