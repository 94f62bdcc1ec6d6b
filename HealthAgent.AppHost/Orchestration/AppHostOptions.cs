using HealthAgent.AppHost.Resources;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>The AppHost's settings, from the <c>AppHost</c> configuration section (<c>AppHost__DashboardPort</c> and alike).</summary>
/// <param name="DataDirectory">Where PostgreSQL and Redis keep their data and passwords between runs.</param>
/// <param name="DashboardPort">The dashboard's port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="StartupTimeout">How long a resource may take to become healthy.</param>
/// <param name="Ports">Fixed ports per resource name; a free port is used for the others.</param>
public sealed record AppHostOptions(string DataDirectory, int DashboardPort, TimeSpan StartupTimeout, IReadOnlyDictionary<string, int> Ports)
{
    /// <summary>The configuration section.</summary>
    public const string Section = "AppHost";

    /// <summary>Reads the options, with defaults for a developer machine.</summary>
    public static AppHostOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var timeout = section["StartupTimeout"] switch
        {
            null or "" => TimeSpan.FromSeconds(90),
            var text when text.Contains(':') && TimeSpan.TryParse(text, out var span) => span,
            var text when double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var seconds) => TimeSpan.FromSeconds(seconds),
            var text => throw new FormatException($"AppHost__StartupTimeout '{text}' is neither seconds (90) nor a time span (00:01:30): correct it."),
        };
        var ports = section.GetSection("Ports").GetChildren()
            .Where(p => int.TryParse(p.Value, out _))
            .ToDictionary(p => p.Key, p => int.Parse(p.Value!), StringComparer.OrdinalIgnoreCase);
        return new AppHostOptions(
            Path.GetFullPath(section["DataDirectory"] is { Length: > 0 } dir ? dir : Path.Combine(RepositoryLayout.Root, ".data")),
            int.TryParse(section["DashboardPort"], out var port) ? port : 18888,
            timeout,
            ports);
    }
}
