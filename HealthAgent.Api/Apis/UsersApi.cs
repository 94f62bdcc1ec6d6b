using HealthAgent.Contracts.Users;
using HealthAgent.Api.Auth;
using HealthAgent.Api.Contracts;
using HealthAgent.Api.Validation;
using HealthAgent.Core.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Users and their profiles.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/users", CreateOrGet)
            .RequireAuthorization(AuthExtensions.Trusted)
            .WithTags("Users").WithName("CreateOrGetUser")
            .WithSummary("Registers a Telegram user, or returns the existing one (service or admin key).")
            .Validate<CreateUserRequest>();

        var user = app.MapUserScope("", "Users");
        user.MapGet("", Get).WithName("GetUser").WithSummary("The user's profile.");
        user.MapPatch("", Update).WithName("UpdateUser").WithSummary("Changes profile fields; the time zone must be an IANA name.")
            .Validate<UpdateProfileRequest>();
        return app;
    }

    private static async Task<Results<Created<UserProfile>, Ok<UserProfile>>> CreateOrGet(CreateUserRequest request, UserService users, CancellationToken ct)
    {
        var (profile, created) = await users.GetOrCreateByTelegramIdAsync(request.TelegramId, request.DisplayName, request.Language, ct);
        return created ? TypedResults.Created($"/api/v1/users/{profile.Id}", profile) : TypedResults.Ok(profile);
    }

    private static async Task<Ok<UserProfile>> Get(Guid userId, UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.GetAsync(userId, ct));

    private static async Task<Ok<UserProfile>> Update(Guid userId, UpdateProfileRequest request, UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.UpdateAsync(userId, request.ToUpdate(), ct));
}
