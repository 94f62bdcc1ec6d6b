using HealthAgent.AppHost.LocalServers;

namespace HealthAgent.AppHost.Hosting;

/// <summary>The key the Bot and the Worker present to the Api, as a secret parameter.</summary>
public static class ServiceKeyExtensions
{
    /// <summary>The parameter's name; its value comes from <c>Parameters:service-key</c>.</summary>
    public const string ParameterName = "service-key";

    /// <summary>
    /// Adds the <c>service-key</c> secret parameter. When it runs locally without a configured value, the key is generated
    /// once per data folder (<c>service-key.secret</c>); when publishing, the deployment supplies it.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddServiceKey(this IDistributedApplicationBuilder builder, AppHostSettings settings)
    {
        var key = $"Parameters:{ParameterName}";
        if (builder.ExecutionContext.IsRunMode && string.IsNullOrEmpty(builder.Configuration[key]))
        {
            builder.Configuration[key] = SecretFile.ReadOrCreate(Path.Combine(settings.DataDirectory!, "service-key.secret"));
        }
        return builder.AddParameter(ParameterName, secret: true);
    }
}
