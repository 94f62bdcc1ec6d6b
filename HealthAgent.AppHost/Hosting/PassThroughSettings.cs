using Microsoft.Extensions.Configuration;

namespace HealthAgent.AppHost.Hosting;

/// <summary>
/// Hands the services the settings an operator gave the AppHost (environment variables such as <c>Telegram__BotToken</c>,
/// or the same keys in its configuration), so that <c>Telegram__BotToken=… eng/run.sh</c> works as documented.
/// </summary>
public static class PassThroughSettings
{
    /// <summary>The configuration sections the services read and the AppHost passes on unchanged.</summary>
    public static readonly string[] Sections =
    [
        "Telegram", "Usda", "RateLimiting", "Resilience", "Cache", "Agent", "Tools", "Invites", "Reminders", "Metrics", "Health", "Telemetry",
        "Logging", "Sentry", "Auth:AdminKey", "ConnectionStrings:llm",
    ];

    /// <summary>Sets each configured key under <see cref="Sections"/> as an environment variable of the resource (<c>:</c> becomes <c>__</c>).</summary>
    public static IResourceBuilder<T> WithPassThroughSettings<T>(this IResourceBuilder<T> resource, IConfiguration configuration)
        where T : IResourceWithEnvironment
    {
        var values = Collect(configuration);
        return resource.WithEnvironment(context =>
        {
            foreach (var (name, value) in values)
            {
                context.EnvironmentVariables[name] = value;
            }
        });
    }

    /// <summary>The environment variables that <see cref="WithPassThroughSettings{T}"/> sets, by name.</summary>
    public static IReadOnlyDictionary<string, string> Collect(IConfiguration configuration)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in Sections)
        {
            // AsEnumerable includes the section's own key, so a single value (ConnectionStrings:llm) comes through too.
            foreach (var (key, value) in configuration.GetSection(section).AsEnumerable())
            {
                if (value is not null)
                {
                    values[key.Replace(":", "__")] = value;
                }
            }
        }
        return values;
    }
}
