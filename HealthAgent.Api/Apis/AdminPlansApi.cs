using HealthAgent.Api.Auth;
using HealthAgent.Api.Contracts;
using HealthAgent.Core.Plans;
using HealthAgent.Core.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Administrators' invite codes and users' plans (admin key only; every call audited).</summary>
public static class AdminPlansApi
{
    public static IEndpointRouteBuilder MapAdminPlansApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").RequireAuthorization(AuthExtensions.AdminOnly).WithTags("Plans");
        admin.MapPost("/invites", Create).WithName("CreateInvite")
            .WithSummary("Makes an invite code with a plan, a number of uses (default 1) and an optional expiry; users redeem it with /activate.");
        admin.MapGet("/invites", List).WithName("ListInvites").WithSummary("Every invite code, newest first, with its uses.");
        admin.MapDelete("/invites/{code}", Revoke).WithName("RevokeInvite").WithSummary("Revokes a code: no one else can redeem it.");
        admin.MapPut("/users/{userId:guid}/plan", SetPlan).WithName("SetUserPlan").WithSummary("Puts a user on a plan; quotas follow within a minute.");
        return app;
    }

    private static async Task<Created<InviteView>> Create(CreateInviteRequest request, PlanService plans, CancellationToken ct)
    {
        var invite = await plans.CreateCodeAsync(request.Plan, request.MaxUses, request.ExpiresAt, request.Note, ct);
        return TypedResults.Created($"/api/v1/admin/invites/{invite.Code}", invite);
    }

    private static async Task<Ok<IReadOnlyList<InviteView>>> List(PlanService plans, CancellationToken ct) => TypedResults.Ok(await plans.CodesAsync(ct));

    private static async Task<Ok<InviteView>> Revoke(string code, PlanService plans, CancellationToken ct) => TypedResults.Ok(await plans.RevokeAsync(code, ct));

    private static async Task<Ok<UserProfile>> SetPlan(Guid userId, SetPlanRequest request, PlanService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.SetPlanAsync(userId, request.Plan, ct));
}
