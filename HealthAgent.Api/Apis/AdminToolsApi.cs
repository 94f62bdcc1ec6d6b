using HealthAgent.Agent.Tools;
using HealthAgent.Api.Auth;
using HealthAgent.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Administrators' view of users' tools: who probes the sandbox, disabling a tool, and approving tools (admin key only; every call audited).</summary>
public static class AdminToolsApi
{
    public static IEndpointRouteBuilder MapAdminToolsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/tools").RequireAuthorization(AuthExtensions.AdminOnly).WithTags("Tools");
        admin.MapGet("/flagged", Flagged).WithName("FlaggedTools")
            .WithSummary("Users and tools with repeated suspicious refusals or limit hits (?hours, default 24; ?threshold, default 3).");
        admin.MapPost("/{toolId:guid}/disable", Disable).WithName("DisableTool").WithSummary("Disables a tool: it can no longer run.");
        admin.MapPost("/{toolId:guid}/enable", Enable).WithName("EnableTool").WithSummary("Enables a disabled tool again.");
        admin.MapGet("/pending", Pending).WithName("PendingTools")
            .WithSummary("Tools waiting for approval before they run (Tools:RequireApproval), oldest first (?limit, default 50).");
        admin.MapPost("/{toolId:guid}/approve", Approve).WithName("ApproveTool").WithSummary("Approves a tool's current definition to run.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<FlaggedTool>>> Flagged(int? hours, int? threshold, ToolAdminService tools, CancellationToken ct) =>
        hours is < 1 or > 720 ? throw DomainValidationException.For("hours", "hours is 1 to 720.")
        : threshold is < 1 or > 1000 ? throw DomainValidationException.For("threshold", "threshold is 1 to 1000.")
        : TypedResults.Ok(await tools.FlaggedAsync(TimeSpan.FromHours(hours ?? 24), threshold ?? 3, ct));

    private static async Task<Ok<ToolView>> Disable(Guid toolId, ToolAdminService tools, CancellationToken ct) =>
        TypedResults.Ok(await tools.SetDisabledAsync(toolId, true, ct));

    private static async Task<Ok<IReadOnlyList<ToolView>>> Pending(int? limit, ToolAdminService tools, CancellationToken ct) =>
        limit is < 1 or > 500 ? throw DomainValidationException.For("limit", "limit is 1 to 500.")
        : TypedResults.Ok(await tools.PendingAsync(limit ?? 50, ct));

    private static async Task<Ok<ToolView>> Approve(Guid toolId, ToolAdminService tools, CancellationToken ct) =>
        TypedResults.Ok(await tools.ApproveAsync(toolId, ct));

    private static async Task<Ok<ToolView>> Enable(Guid toolId, ToolAdminService tools, CancellationToken ct) =>
        TypedResults.Ok(await tools.SetDisabledAsync(toolId, false, ct));
}
