using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HealthAgent.Api.OpenApi;

/// <summary>
/// The document as a whole: title, the API-key bearer scheme, a description for each tag, the Problem Details schemas
/// every error response refers to, and <c>/</c> as the server: the document is served by the Api it describes, so
/// requests go to the same origin (behind a proxy, a host guessed from the request would be wrong).
/// </summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The security scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    private static readonly IReadOnlyDictionary<string, string> TagDescriptions = new Dictionary<string, string>
    {
        ["Users"] = "Registering Telegram users and their profiles.",
        ["Privacy"] = "Exporting and deleting everything stored about a user.",
        ["Conversations"] = "The agent: messages, photos, button presses and channel commands.",
        ["Goals"] = "Daily calorie, macro and water targets, and a suggested calorie goal.",
        ["API keys"] = "A user's own keys for the REST API.",
        ["Food"] = "The food log, daily and weekly summaries, and usual meals.",
        ["Tracking"] = "Weight, sleep, water, exercise and mood, their daily totals and trends.",
        ["Custom trackers"] = "Trackers the user defines, with typed fields.",
        ["Gamification"] = "XP, levels, tiers, streaks and achievements.",
        ["Nutrition"] = "Figures per 100 g and meal estimates, without logging anything.",
        ["Reminders"] = "Reminders in the user's time zone, their statistics and the daily-summary opt-in.",
        ["Tools"] = "The user's own tools: formulas over their inputs and figures, run in a sandbox (docs/tools.md).",
        ["Charts"] = "Charts of the user's own data as PNG images, the same the chat sends.",
        ["Plans"] = "Invite codes and plans (administrators): codes redeemed with /activate, and setting a user's plan.",
        ["Health"] = "Liveness and readiness for orchestrators, and every dependency's state; no key needed.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "HealthAgent API";
        document.Info.Description = "Profiles, goals, food, tracking, reminders, gamification and the agent's conversations. "
            + "Authenticate with 'Authorization: Bearer <API key>'. Every error is Problem Details (application/problem+json).";
        document.Servers = [new OpenApiServer { Url = "/", Description = "The Api that serves this document." }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A user's API key (ha_…), the service key or the admin key.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, schema) in ProblemSchemas.Components)
        {
            document.Components.Schemas[name] = schema;
        }
        // The generator has already listed each operation's tag; a tag without a description here fails OpenApiLintTests.
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description = TagDescriptions.GetValueOrDefault(tag.Name ?? "");
        }
        return Task.CompletedTask;
    }
}
