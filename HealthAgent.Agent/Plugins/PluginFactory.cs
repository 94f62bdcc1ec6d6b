using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins;

/// <summary>
/// Builds a Semantic Kernel plugin from an object's <see cref="KernelFunctionAttribute"/> methods. SK infers each
/// parameter's schema from its type only; Microsoft.Extensions.AI's function schema also reads the parameter's
/// DataAnnotations (<c>[Range]</c>, <c>[MaxLength]</c>…), so that is the schema each parameter is given: a limit is
/// written once, as an attribute naming a Core rule, and the model is told it. Schemas are built once per method.
/// </summary>
public static class PluginFactory
{
    /// <summary>How arguments are read and results written: camelCase names, enums as snake_case words, readable text.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly ConcurrentDictionary<MethodInfo, KernelFunctionFromMethodOptions> Options = new();
    private static readonly ConcurrentDictionary<Type, MethodInfo[]> Methods = new();

    /// <summary>The plugin <paramref name="name"/> with the functions of <paramref name="target"/>.</summary>
    public static KernelPlugin Create(string name, object target)
    {
        var functions = Methods.GetOrAdd(target.GetType(), type => [.. type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(method => method.GetCustomAttribute<KernelFunctionAttribute>() is not null)])
            .Select(method => KernelFunctionFactory.CreateFromMethod(method, Json, target, Options.GetOrAdd(method, Describe)));
        return KernelPluginFactory.CreateFromFunctions(name, functions);
    }

    private static KernelFunctionFromMethodOptions Describe(MethodInfo method)
    {
        var schema = AIJsonUtilities.CreateFunctionJsonSchema(method, serializerOptions: Json);
        var properties = schema.GetProperty("properties");
        var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()).ToHashSet() : [];
        var parameters = method.GetParameters()
            .Where(p => p.ParameterType != typeof(CancellationToken))
            .Select(p => new KernelParameterMetadata(p.Name!, Json)
            {
                Description = p.GetCustomAttribute<DescriptionAttribute>()?.Description,
                DefaultValue = p.HasDefaultValue ? p.DefaultValue : null,
                IsRequired = required.Contains(p.Name),
                ParameterType = p.ParameterType,
                Schema = KernelJsonSchema.Parse(properties.GetProperty(p.Name!).GetRawText()),
            })
            .ToList();
        return new KernelFunctionFromMethodOptions
        {
            FunctionName = method.GetCustomAttribute<KernelFunctionAttribute>()!.Name ?? method.Name,
            Description = method.GetCustomAttribute<DescriptionAttribute>()?.Description,
            Parameters = parameters,
            ReturnParameter = new KernelReturnParameterMetadata(Json) { ParameterType = method.ReturnType },
        };
    }
}
