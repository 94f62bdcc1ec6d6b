using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace HealthAgent.Api.OpenApi;

/// <summary>Puts the sample of <see cref="ApiExamples"/> on each schema it has one for, serialised exactly as the API would send it.</summary>
public sealed class ExampleSchemaTransformer(IOptions<JsonOptions> json) : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (ApiExamples.ByType.TryGetValue(context.JsonTypeInfo.Type, out var sample))
        {
            schema.Examples = [JsonSerializer.SerializeToNode(sample, sample.GetType(), json.Value.SerializerOptions)!];
        }
        return Task.CompletedTask;
    }
}
