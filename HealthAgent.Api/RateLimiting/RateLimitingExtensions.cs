
namespace HealthAgent.Api.RateLimiting;

/// <summary>Registration and use of the Api's rate limits.</summary>
public static class RateLimitingExtensions
{
    /// <summary>Adds the Redis-backed limiter with its in-process fallback and <see cref="RateLimitingOptions"/>.</summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<RedisRateLimitStore>();
        services.AddSingleton<LocalRateLimitStore>();
        services.AddSingleton<ApiRateLimiter>();
        services.AddSingleton<PlanLookup>();
        return services;
    }

    /// <summary>Puts the limits in the pipeline; call after routing and authentication (WebApplication adds both first).</summary>
    public static IApplicationBuilder UseApiRateLimiting(this IApplicationBuilder app) => app.UseMiddleware<RateLimitingMiddleware>();

    /// <summary>Applies the per-user <c>conversation</c> limit (10 per minute, burst 5 by default) to an endpoint.</summary>
    public static TBuilder RequireConversationRateLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ConversationRateLimit.Metadata);
}
