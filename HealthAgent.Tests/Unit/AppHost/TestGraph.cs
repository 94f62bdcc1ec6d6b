extern alias apphost;
using apphost::HealthAgent.AppHost.Orchestration;
using apphost::HealthAgent.AppHost.Resources;
using HealthAgent.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.Tests.Unit.AppHost;

/// <summary>The AppHost's real graph, built the way its Program.cs builds it.</summary>
public static class TestGraph
{
    public static DistributedApplicationBuilder Builder(IDictionary<string, string?>? settings = null) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());

    public static IReadOnlyList<Resource> HealthAgent(DistributedApplicationBuilder? builder = null)
    {
        builder ??= Builder();
        var postgres = builder.AddPostgres(ResourceNames.Postgres);
        var db = postgres.AddDatabase(ResourceNames.HealthDb);
        var redis = builder.AddRedis(ResourceNames.Redis);
        var api = builder.AddProject<apphost::Projects.HealthAgent_Api>(ResourceNames.Api).WithReference(db).WithReference(redis).WaitFor(db).WaitFor(redis);
        var bot = builder.AddProject<apphost::Projects.HealthAgent_Bot>(ResourceNames.Bot).WithReference(redis).WithReference(api).WaitFor(api);
        builder.AddProject<apphost::Projects.HealthAgent_Worker>(ResourceNames.Worker).WithReference(db).WithReference(redis).WithReference(bot).WaitFor(api).WaitFor(bot);
        return builder.Resources;
    }

    public static Resource Named(this IReadOnlyList<Resource> resources, string name) => resources.Single(r => r.Name == name);

    public static ResourceLogs SilentLogs() => new(TextWriter.Null, useColor: false);
}
