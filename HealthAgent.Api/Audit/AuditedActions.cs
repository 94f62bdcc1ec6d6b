using HealthAgent.Api.Auth;
using HealthAgent.Api.RateLimiting;

namespace HealthAgent.Api.Audit;

/// <summary>Which calls are audited and under what name. Everything done with the admin key is audited too.</summary>
public static class AuditedActions
{
    private static readonly Dictionary<string, string> ByRoute = new(StringComparer.Ordinal)
    {
        [EndpointLimit.Normalize("POST /api/v1/users/{userId}/keys")] = "api_key.create",
        [EndpointLimit.Normalize("DELETE /api/v1/users/{userId}/keys/{keyId}")] = "api_key.revoke",
        [EndpointLimit.Normalize("GET /api/v1/users/{userId}/export")] = "data.export",
        [EndpointLimit.Normalize("DELETE /api/v1/users/{userId}")] = "account.delete",
    };

    /// <summary>The action name for a routed call, or null when the call is not audited.</summary>
    public static string? For(string method, string routeTemplate, bool isAdmin)
    {
        var route = EndpointLimit.Normalize($"{method} {routeTemplate}");
        return ByRoute.TryGetValue(route, out var action) ? action
            : isAdmin ? $"admin.{method.ToLowerInvariant()}"
            : null;
    }

    /// <summary>The caller's role name for the log.</summary>
    public static string RoleOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(ApiRoles.Admin) ? ApiRoles.Admin
        : user.IsInRole(ApiRoles.Service) ? ApiRoles.Service
        : user.IsInRole(ApiRoles.User) ? ApiRoles.User
        : "anonymous";
}
