using Microsoft.OpenApi;

namespace HealthAgent.Api.OpenApi;

/// <summary>
/// The Problem Details documents (RFC 9457) the Api answers errors with, as the client receives them: the standard
/// members plus <c>traceId</c> and <c>requestId</c>, and <c>errors</c> by JSON field for validation problems.
/// </summary>
public static class ProblemSchemas
{
    /// <summary>The media type of every error body.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>The component name of a problem.</summary>
    public const string Problem = "ProblemDetails";

    /// <summary>The component name of a validation problem (a 400 naming fields).</summary>
    public const string ValidationProblem = "HttpValidationProblemDetails";

    /// <summary>Both components by name.</summary>
    public static IReadOnlyDictionary<string, IOpenApiSchema> Components { get; } = new Dictionary<string, IOpenApiSchema>
    {
        [Problem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An error (RFC 9457).",
            Properties = ProblemProperties(),
        },
        [ValidationProblem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Invalid input: each bad field by its JSON name (items[0].grams, timeZone, body) with what is wrong.",
            Properties = new Dictionary<string, IOpenApiSchema>(ProblemProperties())
            {
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text() },
                },
            },
        },
    };

    /// <summary>A reference to component <paramref name="name"/>.</summary>
    public static IOpenApiSchema Reference(string name, OpenApiDocument document) => new OpenApiSchemaReference(name, document);

    private static Dictionary<string, IOpenApiSchema> ProblemProperties() => new()
    {
        ["type"] = Text("A URI naming the kind of problem."),
        ["title"] = Text("A short summary of the kind of problem."),
        ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status." },
        ["detail"] = Text("What went wrong with this request."),
        ["instance"] = Text("The request's method and path."),
        ["traceId"] = Text("The W3C trace id, to find the request in traces and logs."),
        ["requestId"] = Text("The server's id of the request."),
    };

    private static OpenApiSchema Text(string? description = null) => new() { Type = JsonSchemaType.String, Description = description };
}
