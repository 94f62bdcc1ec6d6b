namespace HealthAgent.AppHost.Resources;

/// <summary>
/// A value handed to projects, like Aspire's parameter resources: taken from <c>Parameters:{name}</c> in the AppHost's
/// configuration, or, for a secret that is not configured, generated once and kept in the data folder.
/// </summary>
public sealed class ParameterResource(string name, bool secret, Func<string> resolve)
{
    private readonly Lazy<string> _value = new(resolve);

    /// <summary>The parameter's name.</summary>
    public string Name { get; } = name;

    /// <summary>Whether the value is a secret (never printed).</summary>
    public bool Secret { get; } = secret;

    /// <summary>The value, resolved on first use.</summary>
    public string Value => _value.Value;
}
