using System.Security.Claims;

namespace HealthAgent.Api.Auth;

/// <summary>What a handler may ask of the caller.</summary>
public static class CallerExtensions
{
    /// <summary>Whether the caller may act for <paramref name="userId"/>: admin and service keys may, a user key only for its owner.</summary>
    public static bool MayActFor(this ClaimsPrincipal caller, Guid userId) =>
        caller.IsInRole(ApiRoles.Admin) || caller.IsInRole(ApiRoles.Service)
        || (caller.IsInRole(ApiRoles.User) && caller.FindFirstValue(ApiRoles.UserIdClaim) == userId.ToString());
}
