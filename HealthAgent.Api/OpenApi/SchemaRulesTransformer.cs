using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HealthAgent.Api.OpenApi;

/// <summary>
/// Makes the generated schemas say what the Api accepts and sends:
/// <list type="bullet">
/// <item>a property is required only when the JSON must carry it: a constructor parameter that is neither nullable nor
/// defaulted, or a <c>required</c> member (the generator marks every constructor parameter required, so partial bodies
/// such as a PATCH would be invalid by the document);</item>
/// <item>an enum's schema lists its names only; a nullable use of it allows null beside the reference, so
/// <c>"sex": null</c> matches exactly one branch;</item>
/// <item>a time of day (<see cref="TimeOnly"/>) is local wall-clock <c>HH:mm[:ss]</c>, not RFC 3339's <c>time</c>,
/// which requires an offset, and a <see cref="DateTime"/> is a local date and time without an offset, not a
/// <c>date-time</c>.</item>
/// </list>
/// </summary>
public sealed class SchemaRulesTransformer : IOpenApiSchemaTransformer
{
    /// <summary>A local time of day as the Api reads it (the seconds are optional) and writes it (<c>09:00:00</c>).</summary>
    public const string LocalTimePattern = @"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,7})?)?$";

    /// <summary>A local date and time without an offset, as the Api writes it (<c>2026-11-22T09:00:00</c>).</summary>
    public const string LocalDateTimePattern = @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?$";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.Enum is { } names)
        {
            schema.Enum = [.. names.Where(n => n is not null && n.GetValueKind() != System.Text.Json.JsonValueKind.Null)];
            schema.Type = JsonSchemaType.String;
        }
        else if (type == typeof(TimeOnly))
        {
            Local(schema, LocalTimePattern);
        }
        else if (type == typeof(DateTime))
        {
            Local(schema, LocalDateTimePattern);
        }
        else if (context.JsonPropertyInfo is null && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Required is { Count: > 0 })
        {
            schema.Required = new HashSet<string>(context.JsonTypeInfo.Properties.Where(MustBeSent).Select(p => p.Name));
        }
        return Task.CompletedTask;
    }

    private static bool MustBeSent(JsonPropertyInfo property) =>
        property.IsRequired || property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false };

    private static void Local(OpenApiSchema schema, string pattern)
    {
        schema.Format = null;
        schema.Pattern = pattern;
    }
}
