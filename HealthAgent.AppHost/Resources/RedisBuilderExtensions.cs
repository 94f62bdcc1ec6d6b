namespace HealthAgent.AppHost.Resources;

/// <summary>Adds Redis, as Aspire.Hosting.Redis does.</summary>
public static class RedisBuilderExtensions
{
    /// <summary>Adds a Redis server.</summary>
    public static IResourceBuilder<RedisResource> AddRedis(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RedisResource(name));
}
