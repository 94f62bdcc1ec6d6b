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
        foreach (var path in new[] { "/health/live", "/alive" })
        {
            group.MapGet(path, () => TypedResults.Ok(new { status = DependencyStatus.Ok }));
        }

        foreach (var path in new[] { "/health/ready", "/health" })
        {
            group.MapGet(path, async (HealthCheckService checks, ServiceIdentity service, CancellationToken ct) =>
            {
                var report = await RunAsync(checks, service, e => e.Tags.Contains(HealthTags.Ready), ct);
                var code = report.Status == DependencyStatus.Unavailable
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status200OK;
                return TypedResults.Json(report, statusCode: code);
            });
        }

        // The full report answers 200 whatever it says, so that dashboards can always read it.
        group.MapGet("/health/deps", async (HealthCheckService checks, ServiceIdentity service, CancellationToken ct) =>
            TypedResults.Json(await RunAsync(checks, service, _ => true, ct)));
        return app;
    }

    private static async Task<DependencyReport> RunAsync(
        HealthCheckService checks, ServiceIdentity service, Func<HealthCheckRegistration, bool> predicate, CancellationToken ct)
    {
        var report = await checks.CheckHealthAsync(predicate, ct);
        return DependencyStatus.ToReport(report, service.Name);
    }
}
