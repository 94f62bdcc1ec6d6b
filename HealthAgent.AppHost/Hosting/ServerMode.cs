namespace HealthAgent.AppHost.Hosting;

/// <summary>How the AppHost runs PostgreSQL and Redis (<c>AppHost:ServerMode</c>).</summary>
public enum ServerMode
{
    /// <summary>Containers when publishing, or when the Debian binaries are not installed; local executables otherwise.</summary>
    Auto,

    /// <summary>Aspire's <c>AddPostgres</c>/<c>AddRedis</c> containers (needs a container runtime that can pull images).</summary>
    Container,

    /// <summary>The machine's PostgreSQL and Redis binaries as executable resources, data under the data folder.</summary>
    Local,
}
