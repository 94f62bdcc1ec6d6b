using HealthAgent.Api.Auth;

namespace HealthAgent.Api.Apis;

/// <summary>The route group every per-user resource hangs under: <c>/api/v1/users/{userId}</c>, authenticated and owner-checked.</summary>
public static class UsersGroup
{
    public static RouteGroupBuilder MapUserScope(this IEndpointRouteBuilder app, string path, string tag) =>
        app.MapGroup($"/api/v1/users/{{userId:guid}}{path}")
            .RequireAuthorization(AuthExtensions.AnyCaller)
            .AddEndpointFilter<UserAccessFilter>()
            .WithTags(tag);
}
