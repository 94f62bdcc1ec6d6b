using HealthAgent.AppHost.LocalServers;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.AppHost.Hosting;

/// <summary>The AppHost's own settings, section <c>AppHost</c>: where data lives, how servers run, fixed ports.</summary>
public sealed class AppHostSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "AppHost";

    /// <summary>Where the local servers keep their data and generated secrets between runs (default <c>&lt;repository&gt;/.data</c>).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Containers, local executables, or the automatic choice.</summary>
    public ServerMode ServerMode { get; set; } = ServerMode.Auto;

    /// <summary>Fixed ports by resource name (<c>postgres</c>, <c>redis</c>, <c>api</c>, <c>bot</c>, <c>worker</c>); a free port otherwise.</summary>
    public Dictionary<string, int> Ports { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Replicas by service name (<c>api</c>, <c>bot</c>, <c>worker</c>) when running locally, to try the deployed shape on
    /// one machine (<c>AppHost__Replicas__api=2</c>); one each by default. Publishing leaves scale to the platform.
    /// </summary>
    public Dictionary<string, int> Replicas { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// When publishing: <c>false</c> (default) describes PostgreSQL and Redis as containers; <c>true</c> describes them as
    /// connection strings the deployment supplies (Azure Database for PostgreSQL and Azure Cache for Redis, docs/deployment.md).
    /// </summary>
    public bool ExternalDataStores { get; set; }

    /// <summary>Reads the section, resolving the data folder against the repository root.</summary>
    public static AppHostSettings From(IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(Section).Get<AppHostSettings>() ?? new AppHostSettings();
        settings.DataDirectory = Path.GetFullPath(settings.DataDirectory ?? Path.Combine(builder.AppHostDirectory, "..", ".data"));
        return settings;
    }

    /// <summary>The mode in force: publishing always describes containers; <see cref="ServerMode.Auto"/> runs locally where the binaries are.</summary>
    public ServerMode EffectiveMode(IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsPublishMode ? ServerMode.Container
        : ServerMode != ServerMode.Auto ? ServerMode
        : PostgresCluster.FindBinDirectory() is not null && LocalRedisExtensions.FindRedisServer() is not null ? ServerMode.Local
        : ServerMode.Container;

    /// <summary>The configured port of <paramref name="resource"/>, or a free loopback port.</summary>
    public int PortOf(string resource) => Ports.TryGetValue(resource, out var port) ? port : FreePort.Next();
}
