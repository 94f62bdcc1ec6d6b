namespace HealthAgent.AppHost.Hosting;

/// <summary>What every HealthAgent service gets from the AppHost besides its references.</summary>
public static class ServiceExtensions
{
    /// <summary>
    /// Adds the project with its launch profile, the service key, the settings passed through from the AppHost's
    /// environment (run mode only), a health check on <c>/health/ready</c> (which <c>WaitFor</c> waits on; probes when publishing), the published secrets and an announcement of its URL once healthy.
    /// <c>AppHost:Ports:{name}</c> fixes the port the service is reached on; <c>AppHost:Replicas:{name}</c> runs several
    /// copies behind it (run mode only).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddHealthAgentService<TProject>(this IDistributedApplicationBuilder builder,
        string name, AppHostSettings settings, IResourceBuilder<ParameterResource> serviceKey)
        where TProject : IProjectMetadata, new()
    {
        var project = builder.AddProject<TProject>(name)
            .WithEnvironment("Auth__ServiceKey", serviceKey)
            .WithHealthProbes()
            .WithPublishedSecrets()
            .AnnounceUrlWhenHealthy();
        if (builder.ExecutionContext.IsRunMode)
        {
            // Only when running here: a published manifest must not carry this machine's settings (and secrets).
            project.WithPassThroughSettings(builder.Configuration);
            if (settings.Replicas.TryGetValue(name, out var replicas) && replicas > 1)
            {
                project.WithReplicas(replicas);
            }
        }
        if (settings.Ports.TryGetValue(name, out var port))
        {
            project.WithEndpoint("http", endpoint => endpoint.Port = port);
        }
        return project;
    }
}
