namespace HealthAgent.AppHost.Hosting;

/// <summary>
/// When publishing, the secrets each service reads become secret parameters of the manifest, under the same
/// environment-variable names the services read locally; the deployment supplies their values (Key Vault references on
/// Azure Container Apps, docs/deployment.md). Run mode passes them through from the AppHost's own settings instead.
/// </summary>
public static class PublishedSecrets
{
    /// <summary>Each secret: the parameter's name, the service that reads it, and the variable it reads.</summary>
    public static readonly (string Parameter, string Service, string Variable)[] All =
    [
        ("telegram-bot-token", ServiceDefaults.ResourceNames.Bot, "Telegram__BotToken"),
        ("telegram-webhook-secret", ServiceDefaults.ResourceNames.Bot, "Telegram__WebhookSecret"),
        ("admin-key", ServiceDefaults.ResourceNames.Api, "Auth__AdminKey"),
        ("usda-api-key", ServiceDefaults.ResourceNames.Api, "Usda__ApiKey"),
        ("llm", ServiceDefaults.ResourceNames.Api, "ConnectionStrings__llm"),
        ("sentry-dsn", ServiceDefaults.ResourceNames.Api, "Sentry__Dsn"),
        ("sentry-dsn", ServiceDefaults.ResourceNames.Bot, "Sentry__Dsn"),
        ("sentry-dsn", ServiceDefaults.ResourceNames.Worker, "Sentry__Dsn"),
        ("metrics-key", ServiceDefaults.ResourceNames.Api, "Metrics__Key"),
        ("metrics-key", ServiceDefaults.ResourceNames.Bot, "Metrics__Key"),
        ("metrics-key", ServiceDefaults.ResourceNames.Worker, "Metrics__Key"),
    ];

    /// <summary>Adds the secret parameters <paramref name="service"/> reads (publish mode only).</summary>
    public static IResourceBuilder<ProjectResource> WithPublishedSecrets(this IResourceBuilder<ProjectResource> service)
    {
        var builder = service.ApplicationBuilder;
        if (!builder.ExecutionContext.IsPublishMode)
        {
            return service;
        }
        foreach (var (parameter, _, variable) in All.Where(s => s.Service == service.Resource.Name))
        {
            var resource = builder.Resources.OfType<ParameterResource>().FirstOrDefault(p => p.Name == parameter) is { } existing
                ? builder.CreateResourceBuilder(existing)
                : builder.AddParameter(parameter, secret: true);
            service.WithEnvironment(variable, resource);
        }
        return service;
    }
}
