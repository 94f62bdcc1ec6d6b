using HealthAgent.Core.Common;
using HealthAgent.Contracts.Users;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using HealthAgent.Api.Audit;
using HealthAgent.Api.Auth;
using HealthAgent.Api.Contracts;
using HealthAgent.Api.Diagnostics;
using HealthAgent.Api.Errors;
using HealthAgent.Api.OpenApi;
using HealthAgent.Api.RateLimiting;
using HealthAgent.Api.Validation;
using HealthAgent.Agent;
using HealthAgent.Core.Auth;
using HealthAgent.Core.Caching;
using HealthAgent.Core.Data;
using HealthAgent.Core.Food;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Plans;
using HealthAgent.Core.Nutrition;
using HealthAgent.Core.Privacy;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;
using HealthAgent.ServiceDefaults;
using HealthAgent.ServiceDefaults.Clients;
using HealthAgent.ServiceDefaults.Health;
using HealthAgent.ServiceDefaults.Resilience;

namespace HealthAgent.Api.Extensions;

internal static class Extensions
{
    private const long MaxRequestBodyBytes = 1024 * 1024;

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddHealthAgentNpgsql(ResourceNames.HealthDb, critical: true);
        // Redis holds only what can be rebuilt, so the Api stays ready (degraded) without it.
        builder.AddHealthAgentRedis(ResourceNames.Redis, critical: false);
        builder.AddHealthDbContext();
        builder.Services.AddSchemaMigrations();
        builder.Services.AddAppCache();

        builder.Services.AddScoped<UserService>().AddScoped<GoalService>().AddScoped<ApiKeyService>().AddSingleton<ApiKeyUsage>();
        builder.Services.AddScoped<FoodLogService>().AddScoped<FoodSummaryService>().AddScoped<UsualMealService>()
            .AddSingleton<HealthAgent.Core.Food.Ideas.MealIdeaCatalog>().AddScoped<HealthAgent.Core.Food.Ideas.MealIdeaService>();
        builder.Services.AddTracking().AddPrivacy().AddReminders().AddPlans().AddScoped<FoodTextLogger>();
        builder.Services.AddNutrition().ConfigureResilience(usda =>
        {
            // USDA gets 5 s per lookup and one attempt, so the breaker's 5 consecutive failures are 5 lookups.
            usda.AttemptTimeout = TimeSpan.FromSeconds(5);
            usda.TotalTimeout = TimeSpan.FromSeconds(5);
            usda.MaxRetryAttempts = 0;
            usda.BreakerFailureThreshold = 5;
            usda.BreakDuration = TimeSpan.FromSeconds(30);
        }).AddCircuitBreakerHealthCheck();
        builder.Services.AddHttpContextAccessor().AddSingleton<IRequestIdentity, HttpRequestIdentity>();
        builder.Services.AddAgent().ConfigureResilience(llm =>
        {
            // One attempt may take 10 s and so may the whole call; 429 and 5xx are retried (honouring Retry-After) within that.
            llm.AttemptTimeout = TimeSpan.FromSeconds(10);
            llm.TotalTimeout = TimeSpan.FromSeconds(10);
            llm.BreakerFailureThreshold = 5;
            llm.BreakDuration = TimeSpan.FromSeconds(30);
        }).AddCircuitBreakerHealthCheck();
        builder.Services.AddHostedService<LlmCircuitGauge>();
        builder.AddApiInfrastructure();
        return builder;
    }

    private static void AddApiInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.Services.AddApiKeyAuth();
        builder.Services.AddApiRateLimiting().AddSingleton<AuditWriter>();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // Unreadable bodies and parameters throw (in every environment), so ApiExceptionHandler names the field.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<ApiDocumentTransformer>().AddOperationTransformer<SecurityRequirementTransformer>().AddOperationTransformer<ErrorResponsesTransformer>().AddOperationTransformer<RequestBodyTransformer>()
            .AddSchemaTransformer<SchemaRulesTransformer>().AddSchemaTransformer<ExampleSchemaTransformer>());

        // Field names in 400 responses match the JSON the client sent (camelCase), as Core's errors do.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        builder.Services.AddSingleton<IValidator<CreateUserRequest>, CreateUserRequestValidator>();
        builder.Services.AddSingleton<IValidator<UpdateProfileRequest>, UpdateProfileRequestValidator>();
        builder.Services.AddSingleton<IValidator<SetGoalsRequest>, SetGoalsRequestValidator>();
        builder.Services.AddSingleton<IValidator<CreateApiKeyRequest>, CreateApiKeyRequestValidator>();
        builder.Services.AddSingleton<IValidator<LogFoodRequest>, LogFoodRequestValidator>();
    }

    /// <summary>Applies pending schema migrations before the Api takes traffic; the Api is the only service that does.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        // Malformed settings stop the Api with their message before it touches the database.
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        var runner = app.Services.GetRequiredService<MigrationRunner>();
        await runner.ApplyAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>Problem Details for every error, authentication, audit and rate limits, the OpenAPI document at /openapi/v1.json and its UI at /swagger.</summary>
    public static WebApplication UseApiPipeline(this WebApplication app)
    {
        // First, so that a failure anywhere after it, authentication included (it reads API keys from PostgreSQL), is
        // answered as Problem Details; routing and authentication are placed explicitly after it.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AuditMiddleware>();
        app.UseApiRateLimiting();
        app.MapOpenApi();
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/openapi/v1.json", "HealthAgent API v1");
            ui.RoutePrefix = "swagger";
        });
        return app;
    }
}
