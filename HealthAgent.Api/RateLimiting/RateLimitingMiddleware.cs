using System.Diagnostics.Metrics;
using System.Globalization;
using System.Security.Claims;
using HealthAgent.Api.Auth;
using HealthAgent.Core.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HealthAgent.Api.RateLimiting;

/// <summary>
/// Applies, to every <c>/api</c> request, the limits that concern it: the per-user conversation bucket, a configured
/// per-endpoint bucket, and the user's hourly plan quota. The tightest one sets the <c>X-RateLimit-*</c> headers;
/// a rejection is 429 with <c>Retry-After</c> and Problem Details.
/// </summary>
public sealed class RateLimitingMiddleware(RequestDelegate next)
{
    private static readonly Counter<long> Rejections = CoreTelemetry.Meter.CreateCounter<long>(
        "healthagent.rate_limit.rejections", "{request}", "Requests rejected by a rate limit, by policy");

    /// <summary>Runs the limits, then the request if they allow it.</summary>
    public async Task InvokeAsync(HttpContext context, ApiRateLimiter limiter, PlanLookup plans, IOptions<RateLimitingOptions> options)
    {
        var settings = options.Value;
        if (!settings.Enabled || context.GetEndpoint() is not RouteEndpoint endpoint || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        var ct = context.RequestAborted;
        var userId = UserOf(context);
        var caller = userId is { } id ? $"user:{id}" : CallerOf(context);
        var decisions = new List<(string Policy, RateLimitDecision Decision)>();

        if (endpoint.Metadata.GetMetadata<ConversationRateLimit>() is not null)
        {
            decisions.Add((ConversationRateLimit.PolicyName, await limiter.TakeTokenAsync($"conversation:{caller}", settings.Conversation, ct)));
        }
        var route = EndpointLimit.Normalize($"{context.Request.Method} {endpoint.RoutePattern.RawText}");
        if (settings.Endpoints.FirstOrDefault(e => EndpointLimit.Normalize(e.Route) == route) is { } endpointLimit)
        {
            decisions.Add(("endpoint", await limiter.TakeTokenAsync($"endpoint:{route}:{caller}", endpointLimit.Bucket, ct)));
        }
        if (userId is { } user && decisions.All(d => d.Decision.Allowed))
        {
            var plan = await plans.GetAsync(user, ct);
            if (settings.PlanHourlyQuotas.TryGetValue(plan, out var quota))
            {
                decisions.Add(($"plan:{plan}", await limiter.CountHourlyAsync($"plan:{user}", quota, ct)));
            }
        }
        if (decisions.Count == 0)
        {
            await next(context);
            return;
        }

        var rejected = decisions.Where(d => !d.Decision.Allowed).OrderByDescending(d => d.Decision.RetryAfter).FirstOrDefault();
        var (policy, tightest) = rejected.Decision is not null ? rejected : decisions.MinBy(d => d.Decision.Remaining);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = tightest.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = Math.Max(0, tightest.Remaining).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = Seconds(tightest.Reset).ToString(CultureInfo.InvariantCulture);
        if (tightest.Allowed)
        {
            await next(context);
            return;
        }

        Rejections.Add(1, new KeyValuePair<string, object?>("policy", policy.Split(':')[0]));
        var retryAfter = Math.Max(1, Seconds(tightest.RetryAfter));
        headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"The {policy} limit is used up; try again in {retryAfter} s.",
                Extensions = { ["policy"] = policy, ["retryAfterSeconds"] = retryAfter },
            },
        });
    }

    private static long Seconds(TimeSpan span) => (long)Math.Ceiling(span.TotalSeconds);

    // Whom the request is counted against, known only from the authenticated principal: the route's user when the caller
    // may act for them (their own key, or the Bot on their behalf), else the key's own user. A key used on someone else's
    // id is counted against its owner, so it can neither use up their quota nor learn from the headers that they exist.
    private static Guid? UserOf(HttpContext context) =>
        context.Request.RouteValues.TryGetValue("userId", out var routed) && Guid.TryParse(routed?.ToString(), out var fromRoute)
            && context.User.MayActFor(fromRoute) ? fromRoute
        : Guid.TryParse(context.User.FindFirstValue(ApiRoles.UserIdClaim), out var fromKey) ? fromKey
        : null;

    private static string CallerOf(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.Role) is { } role ? $"role:{role}" : $"ip:{context.Connection.RemoteIpAddress}";
}
