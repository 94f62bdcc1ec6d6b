using HealthAgent.Agent.Tools;
using HealthAgent.Api.Auth;
using HealthAgent.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Administrators' view of users' tools: who probes the sandbox, and disabling a tool (admin key only; every call audited).</summary>
public static class AdminToolsApi
{
    public static IEndpointRouteBuilder MapAdminToolsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/tools").RequireAuthorization(AuthExtensions.AdminOnly).WithTags("Tools");
        admin.MapGet("/flagged", Flagged).WithName("FlaggedTools")
            .WithSummary("Users and tools with repeated suspicious refusals or limit hits (?hours, default 24; ?threshold, default 3).");
        admin.MapPost("/{toolId:guid}/disable", Disable).WithName("DisableTool").WithSummary("Disables a tool: it can no longer run.");
        admin.MapPost("/{toolId:guid}/enable", Enable).WithName("EnableTool").WithSummary("Enables a disabled tool again.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<FlaggedTool>>> Flagged(int? hours, int? threshold, UserToolService tools, CancellationToken ct) =>
        hours is < 1 or > 720 ? throw DomainValidationException.For("hours", "hours is 1 to 720.")
        : threshold is < 1 or > 1000 ? throw DomainValidationException.For("threshold", "threshold is 1 to 1000.")
        : TypedResults.Ok(await tools.FlaggedAsync(TimeSpan.FromHours(hours ?? 24), threshold ?? 3, ct));

    private static async Task<Ok<ToolView>> Disable(Guid toolId, UserToolService tools, CancellationToken ct) =>
        TypedResults.Ok(await tools.SetDisabledAsync(toolId, true, ct));

    private static async Task<Ok<ToolView>> Enable(Guid toolId, UserToolService tools, CancellationToken ct) =>
        TypedResults.Ok(await tools.SetDisabledAsync(toolId, false, ct));
}
