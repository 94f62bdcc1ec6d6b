using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.AppHost.LocalServers;

/// <summary>Adds Redis from the machine's <c>redis-server</c>, with a health check and an append-only file kept between runs.</summary>
public static class LocalRedisExtensions
{
    /// <summary>The machine's <c>redis-server</c>, or null when Redis is not installed.</summary>
    public static string? FindRedisServer() => new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    /// <summary>
    /// Adds a Redis server that keeps its append-only file in <paramref name="dataDirectory"/> and listens on 127.0.0.1:<paramref name="port"/>
    /// (not proxied). Its password is generated once per data folder and given in a config file only the owner can read,
    /// never on the command line. The resource is healthy once it answers PING.
    /// </summary>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder,
        string name, string dataDirectory, int port)
    {
        var redisServer = FindRedisServer() ?? throw new DistributedApplicationException(
                "Redis is not installed: run 'sudo apt-get install redis-server' (eng/run.sh does it), set AppHost__ServerMode=container " +
                "to use containers, or set ConnectionStrings__redis to use an existing server.");
        var folder = Path.GetFullPath(Path.Combine(dataDirectory, "redis"));
        var password = builder.AddParameter($"{name}-password", SecretFile.ReadOrCreate(Path.Combine(dataDirectory, "redis.password")), secret: true);
        var configFile = Path.Combine(folder, "redis.conf");
        var redis = new LocalRedisResource(name, redisServer, folder, password.Resource);

        var connectionString = builder.CaptureConnectionString(redis);
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(redis, async (_, ct) =>
        {
            Directory.CreateDirectory(folder);
            string[] settings =
            [
                "bind 127.0.0.1", $"port {port}", $"dir {folder}", $"requirepass {await password.Resource.GetValueAsync(ct)}",
                "appendonly yes", "appendfsync everysec", "save \"\"",
            ];
            await File.WriteAllLinesAsync(configFile, settings, ct);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(configFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        });

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(connectionString, name: healthCheck);
        return builder.AddResource(redis)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalRedisResource.EndpointName, isProxied: false)
            .WithArgs(configFile)
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }
}
