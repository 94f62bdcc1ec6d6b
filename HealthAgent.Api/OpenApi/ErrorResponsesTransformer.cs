using HealthAgent.Api.Auth;
using HealthAgent.Api.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HealthAgent.Api.OpenApi;

/// <summary>
/// Documents, once for every authenticated operation, the errors the pipeline can answer with (docs/api.md, "Errors"),
/// Which errors apply follows from the endpoint: 404 where the path names a resource,
/// 403 where only the service or admin key may call, 409/413/415 where a body is written. A 400 the endpoint already
/// declares (a conversation refusal) is kept, and may also be a validation problem.
/// </summary>
public sealed class ErrorResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var authorize = SecurityRequirementTransformer.Authorization(context.Description);
        if (authorize.Count == 0)
        {
            return Task.CompletedTask;
        }

        var document = context.Document!;
        operation.Responses ??= new OpenApiResponses();
        var responses = operation.Responses;
        var hasBody = context.Description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body);
        var method = context.Description.HttpMethod ?? "GET";

        responses["400"] = BadRequest(responses.GetValueOrDefault("400"), document);
        responses["401"] = Problem("No key, or an unknown or revoked one.", document, ("WWW-Authenticate", "Bearer, with error=\"invalid_token\" for a bad key."));
        if (authorize.Any(a => a.Policy is AuthExtensions.Trusted or AuthExtensions.AdminOnly))
        {
            responses["403"] = Problem("A key that may not call this endpoint (a user key on a service or admin endpoint).", document,
                ("WWW-Authenticate", "Bearer error=\"insufficient_scope\"."));
        }
        if (context.Description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
        {
            responses["404"] = Problem("No such resource, or one that belongs to another user (the same answer, so ids cannot be probed).", document);
        }
        if (hasBody && method is "POST" or "PUT" or "PATCH")
        {
            responses["409"] = Problem("Conflicts with what is stored, such as a duplicate name.", document);
            responses["413"] = Problem("The body is larger than the endpoint accepts (1 MiB; 8 MiB for conversation messages).", document);
            responses["415"] = Problem("The body is not application/json.", document);
        }
        responses["414"] = new OpenApiResponse { Description = "The URL is longer than the server accepts (answered by the web server, without a body)." };
        responses["429"] = Problem("Over a rate limit.", document, ("Retry-After", "Seconds until a retry may succeed."),
            ("X-RateLimit-Limit", "Requests allowed in the window."), ("X-RateLimit-Remaining", "Requests left in the window."),
            ("X-RateLimit-Reset", "Seconds until the window resets."));
        responses["500"] = Problem("An unexpected error; traceId identifies it. No input causes one.", document);
        responses["503"] = Problem("A dependency (PostgreSQL, Redis, a circuit that is open) is unavailable.", document,
            ("Retry-After", $"Seconds until a retry may succeed ({ErrorMapping.OutageRetryAfterSeconds})."));
        return Task.CompletedTask;
    }

    // A validation problem, or (where the endpoint declares its own 400) either that or a validation problem.
    private static OpenApiResponse BadRequest(IOpenApiResponse? declared, OpenApiDocument document)
    {
        var validation = ProblemSchemas.Reference(ProblemSchemas.ValidationProblem, document);
        var own = declared?.Content?.Values.FirstOrDefault()?.Schema;
        return new OpenApiResponse
        {
            Description = own is null ? "Invalid input; errors names each field." : "Refused, with a reply for the user; or invalid input naming each field.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemSchemas.MediaType] = new() { Schema = own is null ? validation : new OpenApiSchema { AnyOf = [own, validation] } },
            },
        };
    }

    private static OpenApiResponse Problem(string description, OpenApiDocument document, params (string Name, string Description)[] headers) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemSchemas.MediaType] = new() { Schema = ProblemSchemas.Reference(ProblemSchemas.Problem, document) },
        },
        Headers = headers.Length == 0 ? null : headers.ToDictionary(h => h.Name, h => (IOpenApiHeader)new OpenApiHeader
        {
            Description = h.Description,
            Schema = new OpenApiSchema { Type = h.Name.StartsWith("X-", StringComparison.Ordinal) || h.Name == "Retry-After" ? JsonSchemaType.Integer : JsonSchemaType.String },
        }),
    };
}
