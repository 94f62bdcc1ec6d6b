using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace HealthAgent.ServiceDefaults.Telemetry;

/// <summary>Who this process is, for telemetry resources and health reports.</summary>
/// <param name="Name">The service name: <c>OTEL_SERVICE_NAME</c> when set (the AppHost sets the resource name), else the application name.</param>
/// <param name="Version">The entry assembly's informational version.</param>
/// <param name="InstanceId">A per-process id that tells replicas apart.</param>
public sealed record ServiceIdentity(string Name, string Version, string InstanceId)
{
    /// <summary>Reads the identity from configuration and the host environment.</summary>
    public static ServiceIdentity From(IConfiguration configuration, IHostEnvironment environment)
    {
        var name = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } configured ? configured : environment.ApplicationName;
        var version = Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new ServiceIdentity(name, version, $"{Environment.MachineName}-{Environment.ProcessId}");
    }
}
