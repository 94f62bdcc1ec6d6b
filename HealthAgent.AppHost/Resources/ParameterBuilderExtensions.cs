using HealthAgent.AppHost.Orchestration;
using HealthAgent.AppHost.Runners;

namespace HealthAgent.AppHost.Resources;

/// <summary>Aspire's <c>AddParameter</c> and <c>WithEnvironment</c>.</summary>
public static class ParameterBuilderExtensions
{
    /// <summary>
    /// A parameter read from <c>Parameters__{name}</c>; a secret that is not configured is generated and stored in
    /// <c>{DataDirectory}/{name}.secret</c>, so every run of the same data folder uses the same value.
    /// </summary>
    public static ParameterResource AddParameter(this DistributedApplicationBuilder builder, string name, bool secret = false) =>
        new(name, secret, () => builder.Configuration[$"Parameters:{name}"] is { Length: > 0 } configured ? configured
            : secret ? SecretFile.ReadOrCreate(Path.Combine(AppHostOptions.From(builder.Configuration).DataDirectory, $"{name}.secret"))
            : throw new InvalidOperationException($"The parameter '{name}' has no value: set Parameters__{name}."));

    /// <summary>Gives the project the environment variable <paramref name="variable"/> with the parameter's value.</summary>
    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string variable, ParameterResource parameter)
    {
        builder.Resource.Environment[variable] = parameter;
        return builder;
    }
}
