using HealthAgent.Api.Validation;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HealthAgent.Api.OpenApi;

/// <summary>
/// Marks a request body required exactly where <see cref="InputRulesFilter"/> refuses a missing one (the generator
/// cannot tell for the tracking endpoints, whose body type is generic).
/// </summary>
public sealed class RequestBodyTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body);
        if (operation.RequestBody is OpenApiRequestBody requestBody && body?.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: { } parameter })
        {
            requestBody.Required = InputRulesFilter.RequiresBody(parameter);
        }
        return Task.CompletedTask;
    }
}
