using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HealthAgent.Api.OpenApi;

/// <summary>Declares the API-key bearer scheme in the OpenAPI document and requires it everywhere.</summary>
public sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "HealthAgent API";
        document.Info.Description = "Profiles, goals, food, tracking and gamification. Authenticate with 'Authorization: Bearer <API key>'.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A user's API key (ha_…), the service key or the admin key.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] });
        return Task.CompletedTask;
    }
}
