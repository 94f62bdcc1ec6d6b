using HealthAgent.AppHost.Resources;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>Builds a project's environment with exactly the variable names Aspire uses, so the services need no AppHost-specific code.</summary>
public sealed class EnvironmentBuilder(ResourceAddresses addresses, IConfiguration appHostConfiguration)
{
    /// <summary>The variables for <paramref name="project"/>.</summary>
    public IReadOnlyDictionary<string, string> Build(ProjectResource project)
    {
        var environmentName = appHostConfiguration["ASPNETCORE_ENVIRONMENT"] is { Length: > 0 } aspnet ? aspnet
            : appHostConfiguration["DOTNET_ENVIRONMENT"] is { Length: > 0 } dotnet ? dotnet
            : "Development";
        var variables = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Endpoint(project.ServiceName).ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = environmentName,
            ["DOTNET_ENVIRONMENT"] = environmentName,
            ["OTEL_SERVICE_NAME"] = project.Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={project.Name}-{Guid.NewGuid():N}",
        };
        if (appHostConfiguration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } otlp)
        {
            variables["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        }
        foreach (var (variable, parameter) in project.Environment)
        {
            variables[variable] = parameter.Value;
        }
        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case IResourceWithConnectionString source:
                    variables[$"ConnectionStrings__{source.ConnectionStringName}"] = addresses.ConnectionStrings.TryGetValue(source.ConnectionStringName, out var value)
                        ? value
                        : throw new InvalidOperationException($"No connection string is known for '{source.ConnectionStringName}'.");
                    break;
                case IResourceWithServiceDiscovery service:
                    variables[$"services__{service.ServiceName}__http__0"] = Endpoint(service.ServiceName).ToString().TrimEnd('/');
                    break;
            }
        }
        return variables;
    }

    private Uri Endpoint(string serviceName) => addresses.HttpEndpoints.TryGetValue(serviceName, out var uri)
        ? uri
        : throw new InvalidOperationException($"No endpoint is known for '{serviceName}'.");
}
