using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthAgent.AppHost.Hosting;

/// <summary>Announces each service's address once it is healthy, in a line that scripts and people can find.</summary>
public static class ServiceUrlExtensions
{
    /// <summary>The start of the announcement: <c>Resource api is healthy at http://…</c>.</summary>
    public const string Announcement = "is healthy at";

    /// <summary>Logs <c>Resource {name} is healthy at {url}</c> when the project's health checks first pass.</summary>
    public static IResourceBuilder<ProjectResource> AnnounceUrlWhenHealthy(this IResourceBuilder<ProjectResource> project)
    {
        project.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(project.Resource, (ready, _) =>
        {
            var url = project.Resource.GetEndpoint("http").Url;
            ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HealthAgent.AppHost")
                .LogInformation("Resource {Resource} " + Announcement + " {Url}", project.Resource.Name, url);
            return Task.CompletedTask;
        });
        return project;
    }
}
