using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using HealthAgent.Agent.Plugins;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Turns;

/// <summary>
/// Checks a call's arguments against the DataAnnotations of the function's parameters and of the records they hold,
/// the same attributes the schema announces (<see cref="PluginFactory"/>): a model that ignores the schema gets the
/// rule back as a failed result, and nothing reaches a service unchecked.
/// </summary>
public static class ArgumentValidator
{
    /// <summary>Throws <see cref="ToolArgumentException"/> naming every broken rule.</summary>
    public static void Validate(KernelFunction function, KernelArguments? arguments)
    {
        if (function.UnderlyingMethod is not { } method || arguments is null)
        {
            return;
        }
        var errors = new List<string>();
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.Name is not { } name || !arguments.TryGetValue(name, out var raw) || raw is null)
            {
                continue;
            }
            var value = Read(raw, parameter.ParameterType);
            if (value is null)
            {
                continue;
            }
            var context = new ValidationContext(value) { MemberName = name, DisplayName = name };
            var results = new List<ValidationResult>();
            Validator.TryValidateValue(value, context, results, parameter.GetCustomAttributes<ValidationAttribute>());
            foreach (var item in value is System.Collections.IEnumerable list and not string ? list.Cast<object?>() : [value])
            {
                if (item is not null && item.GetType().IsClass && item is not string && item.GetType().Namespace?.StartsWith("HealthAgent", StringComparison.Ordinal) == true)
                {
                    Validator.TryValidateObject(item, new ValidationContext(item), results, validateAllProperties: true);
                }
            }
            errors.AddRange(results.Select(r => r.ErrorMessage ?? $"'{name}' is not valid."));
        }
        if (errors.Count > 0)
        {
            throw new ToolArgumentException(string.Join(" ", errors.Distinct()));
        }
    }

    // What SK will bind: arguments arrive as JSON from the model, or as values from the offline brain.
    private static object? Read(object raw, Type type)
    {
        if (type.IsInstanceOfType(raw))
        {
            return raw;
        }
        try
        {
            var json = raw is JsonElement element ? element : JsonSerializer.SerializeToElement(raw, PluginFactory.Json);
            return json.ValueKind == JsonValueKind.Null ? null : json.Deserialize(type, PluginFactory.Json);
        }
        catch (JsonException)
        {
            // SK's own binding reports the type mismatch.
            return null;
        }
    }
}
