using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HealthAgent.Api.OpenApi;

/// <summary>
/// Requires the API key on every operation that authorises its caller, and states that the others (health) need
/// none, with an empty requirement, rather than leaving them to a document-wide rule they do not follow.
/// </summary>
public sealed class SecurityRequirementTransformer : IOpenApiOperationTransformer
{
    /// <summary>The authorisation an endpoint demands; empty for an anonymous one.</summary>
    public static IReadOnlyList<IAuthorizeData> Authorization(ApiDescription description)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        return metadata.OfType<IAllowAnonymous>().Any() ? [] : [.. metadata.OfType<IAuthorizeData>()];
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Security = Authorization(context.Description).Count == 0
            ? [new OpenApiSecurityRequirement()]
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.SchemeName, context.Document)] = [] }];
        return Task.CompletedTask;
    }
}
