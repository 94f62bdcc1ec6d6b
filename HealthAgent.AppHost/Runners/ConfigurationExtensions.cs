using Microsoft.Extensions.Configuration;

namespace HealthAgent.AppHost.Runners;

/// <summary>Reads optional settings.</summary>
public static class ConfigurationExtensions
{
    /// <summary>The connection string, or null when it is missing or blank.</summary>
    public static string? GetConnectionStringOrNull(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
