using HealthAgent.AppHost.Orchestration;
using HealthAgent.AppHost.Resources;
using HealthAgent.AppHost.Servers;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.AppHost.Runners;

/// <summary>Creates the real runners: processes, servers and health checks.</summary>
public sealed class ResourceRunnerFactory(AppHostOptions options, IConfiguration configuration, ResourceLogs logs) : IResourceRunnerFactory
{
    /// <inheritdoc />
    public IReadOnlyDictionary<Resource, IResourceRunner> Create(IReadOnlyList<Resource> resources)
    {
        var addresses = new ResourceAddresses();
        var environment = new EnvironmentBuilder(addresses, configuration);
        // Every endpoint is chosen before anything starts, so a reference never depends on start order (as in Aspire).
        foreach (var project in resources.OfType<ProjectResource>())
        {
            var port = options.Ports.TryGetValue(project.Name, out var fixedPort) ? fixedPort : FreePort.Next();
            addresses.HttpEndpoints[project.ServiceName] = new Uri($"http://127.0.0.1:{port}");
        }
        var runners = new Dictionary<Resource, IResourceRunner>();
        foreach (var resource in resources.OrderBy(r => r is PostgresDatabaseResource ? 1 : 0))
        {
            runners[resource] = resource switch
            {
                PostgresServerResource server => new PostgresServerRunner(server, options, configuration, addresses, logs),
                PostgresDatabaseResource database => new PostgresDatabaseRunner(database, (PostgresServerRunner)runners[database.Parent], addresses),
                RedisResource redis => new RedisRunner(redis, options, configuration, addresses, logs),
                ProjectResource project => new ProjectRunner(project, addresses.HttpEndpoints[project.ServiceName],
                    options.Ports.ContainsKey(project.Name), environment, options, logs),
                _ => throw new InvalidOperationException($"No runner knows how to start a {resource.Type} ('{resource.Name}')."),
            };
        }
        return runners;
    }
}
