using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using HealthAgent.ServiceDefaults.Telemetry;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/health/deps</c> with their aliases.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the health endpoints; they need no authentication and are served in every environment.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Health").AllowAnonymous();

        // Liveness asks nothing of dependencies: a database outage must not make an orchestrator restart healthy processes.
        foreach (var (path, alias) in new[] { ("/health/live", false), ("/alive", true) })
        {
            Describe(group.MapGet(path, () => TypedResults.Ok(new { status = DependencyStatus.Ok })), alias, "Liveness",
                "Whether the process answers; asks nothing of dependencies (/alive is the same).");
        }

        foreach (var (path, alias) in new[] { ("/health/ready", false), ("/health", true) })
        {
            Describe(group.MapGet(path, async (HealthCheckService checks, ServiceIdentity service, CancellationToken ct) =>
            {
                var report = await RunAsync(checks, service, e => e.Tags.Contains(HealthTags.Ready), ct);
                var code = report.Status == DependencyStatus.Unavailable
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status200OK;
                return TypedResults.Json(report, statusCode: code);
            }), alias, "Readiness", "Whether the service can take traffic: 503 when a critical dependency is unavailable (/health is the same).")
                .Produces<DependencyReport>(StatusCodes.Status200OK).Produces<DependencyReport>(StatusCodes.Status503ServiceUnavailable);
        }

        // The full report answers 200 whatever it says, so that dashboards can always read it.
        Describe(group.MapGet("/health/deps", async (HealthCheckService checks, ServiceIdentity service, CancellationToken ct) =>
            TypedResults.Json(await RunAsync(checks, service, _ => true, ct))), false, "Dependencies",
            "Every dependency's state, latency and message; always 200.")
            .Produces<DependencyReport>(StatusCodes.Status200OK);
        return app;
    }

    // An alias answers the same as its path and is left out of the OpenAPI document, which lists each operation once.
    private static RouteHandlerBuilder Describe(RouteHandlerBuilder endpoint, bool alias, string name, string summary) =>
        alias ? endpoint.ExcludeFromDescription() : endpoint.WithName(name).WithSummary(summary);

    private static async Task<DependencyReport> RunAsync(
        HealthCheckService checks, ServiceIdentity service, Func<HealthCheckRegistration, bool> predicate, CancellationToken ct)
    {
        var report = await checks.CheckHealthAsync(predicate, ct);
        return DependencyStatus.ToReport(report, service.Name);
    }
}
