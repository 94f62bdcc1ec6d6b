using HealthAgent.Agent.Tools;
using HealthAgent.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>A user's own tools: formulas over their inputs and the user's figures, run in the sandbox (docs/tools.md).</summary>
public static class ToolsApi
{
    public static IEndpointRouteBuilder MapToolsApi(this IEndpointRouteBuilder app)
    {
        var tools = app.MapUserScope("/tools", "Tools");
        tools.MapPost("", Create).WithName("CreateTool").WithSummary("Saves a tool after the sandbox has checked its formula; 5 creations and changes per hour by default.");
        tools.MapGet("", List).WithName("ListTools").WithSummary("The user's tools, by name.");
        tools.MapGet("/{toolId:guid}", Get).WithName("GetTool").WithSummary("One tool.");
        tools.MapPatch("/{toolId:guid}", Update).WithName("UpdateTool").WithSummary("Changes a tool's description, inputs or formula.");
        tools.MapDelete("/{toolId:guid}", Delete).WithName("DeleteTool").WithSummary("Deletes a tool; its audit rows stay.");
        tools.MapPost("/{toolId:guid}/run", Run).WithName("RunTool").WithSummary("Runs a tool with a number for each input; 20 runs per hour by default.");
        return app;
    }

    private static async Task<Created<ToolView>> Create(Guid userId, CreateToolRequest request, UserToolService tools, HttpContext http, CancellationToken ct)
    {
        var tool = await tools.CreateAsync(userId, new ToolDefinition(request.Name, request.Description, request.Parameters ?? [], request.Formula), http.TraceIdentifier, ct);
        return TypedResults.Created($"/api/v1/users/{userId}/tools/{tool.Id}", tool);
    }

    private static async Task<Ok<IReadOnlyList<ToolView>>> List(Guid userId, UserToolService tools, CancellationToken ct) =>
        TypedResults.Ok(await tools.ListAsync(userId, ct));

    private static async Task<Ok<ToolView>> Get(Guid userId, Guid toolId, UserToolService tools, CancellationToken ct) =>
        TypedResults.Ok(await tools.GetAsync(userId, toolId, ct));

    private static async Task<Ok<ToolView>> Update(Guid userId, Guid toolId, UpdateToolRequest request, UserToolService tools, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await tools.UpdateAsync(userId, toolId, request.Description, request.Parameters, request.Formula, http.TraceIdentifier, ct));

    private static async Task<NoContent> Delete(Guid userId, Guid toolId, UserToolService tools, HttpContext http, CancellationToken ct)
    {
        await tools.DeleteAsync(userId, toolId, http.TraceIdentifier, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ToolRunResult>> Run(Guid userId, Guid toolId, RunToolRequest request, UserToolService tools, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await tools.RunAsync(userId, toolId, request.Inputs, http.TraceIdentifier, ct));
}
