namespace HealthAgent.AppHost.Hosting;

/// <summary>
/// The probes a container platform runs against every service (docs/deployment.md, "Probes"): a patient startup probe
/// while the Api migrates, liveness (the process only, so a database outage never restarts healthy replicas) and
/// readiness (503 while a critical dependency is down). Run mode waits on <see cref="ReadyPath"/> through a health check.
/// </summary>
public static class HealthProbeExtensions
{
    /// <summary>The process-only path.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The same check under its short alias: Aspire keys a probe's check by path, so liveness uses the alias.</summary>
    public const string AlivePath = "/alive";

    /// <summary>
    /// Failures the startup probe allows, every 15 s: about 150 s for the Api's migrations. Azure Container Apps accepts
    /// at most 10.
    /// </summary>
    public const int StartupFailures = 10;

    /// <summary>The readiness path.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Waits on readiness when running; writes the three probes into the manifest when publishing.</summary>
    public static IResourceBuilder<ProjectResource> WithHealthProbes(this IResourceBuilder<ProjectResource> service) =>
        service.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? service
                .WithHttpProbe(ProbeType.Startup, LivePath, initialDelaySeconds: 5, periodSeconds: 15, timeoutSeconds: 3, failureThreshold: StartupFailures, endpointName: "http")
                .WithHttpProbe(ProbeType.Liveness, AlivePath, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, endpointName: "http")
                .WithHttpProbe(ProbeType.Readiness, ReadyPath, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3, endpointName: "http")
            : service.WithHttpHealthCheck(ReadyPath);
}
