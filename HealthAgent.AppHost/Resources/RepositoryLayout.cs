using System.Reflection;

namespace HealthAgent.AppHost.Resources;

/// <summary>Facts about the source tree the AppHost was built from, stamped into its assembly at build time.</summary>
public static class RepositoryLayout
{
    private static readonly Assembly AppHostAssembly = typeof(RepositoryLayout).Assembly;

    /// <summary>The repository root (the folder of HealthAgent.sln).</summary>
    public static string Root { get; } = AppHostAssembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "HealthAgent.RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The AppHost was built without its HealthAgent.RepositoryRoot metadata.");

    /// <summary>The build configuration of the AppHost, which the projects it runs are expected to share.</summary>
    public static string Configuration { get; } =
        AppHostAssembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
