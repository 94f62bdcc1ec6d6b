using System.Security.Claims;
using HealthAgent.Api.Auth;

namespace HealthAgent.Api.Audit;

/// <summary>
/// Records audited calls (see <see cref="AuditedActions"/>) with their final status, failures included. The row is
/// written when the response has completed, because only then is the status final (the exception handler, outside
/// this middleware, turns domain errors into 4xx). A failed audit write is logged and does not fail the call.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next)
{
    /// <summary>Runs the call and arranges its audit row.</summary>
    public Task InvokeAsync(HttpContext context, AuditWriter audit, TimeProvider time, ILogger<AuditMiddleware> logger)
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint
            && AuditedActions.For(context.Request.Method, endpoint.RoutePattern.RawText ?? "", context.User.IsInRole(ApiRoles.Admin)) is { } action)
        {
            // Taken now: the exception handler clears route values before the response completes.
            var user = context.User;
            var subject = context.Request.RouteValues.TryGetValue("userId", out var routed) && Guid.TryParse(routed?.ToString(), out var id) ? id : (Guid?)null;
            var target = $"{context.Request.Method} {context.Request.Path}";
            context.Response.OnCompleted(() => WriteAsync(new AuditEntry(action, AuditedActions.RoleOf(user),
                Guid.TryParse(user.FindFirstValue(ApiRoles.UserIdClaim), out var actor) ? actor : null, subject, target,
                context.Connection.RemoteIpAddress?.ToString(), context.Response.StatusCode, context.TraceIdentifier, time.GetUtcNow()), audit, logger));
        }
        return next(context);
    }

    private static async Task WriteAsync(AuditEntry entry, AuditWriter audit, ILogger logger)
    {
        try
        {
            // Not the request's token: a caller hanging up after the action must not erase its record.
            await audit.WriteAsync(entry, CancellationToken.None);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogError(ex, "Audit row for {Action} ({Outcome}) could not be written", entry.Action, entry.Outcome);
        }
    }
}
