using Microsoft.Extensions.Configuration;

namespace HealthAgent.ServiceDefaults.Clients;

/// <summary>Reads a connection string that the service cannot start without.</summary>
public static class RequiredConnectionString
{
    /// <summary>Returns <c>ConnectionStrings:{name}</c>, or stops start-up with a sentence that says how to set it.</summary>
    /// <exception cref="InvalidOperationException">The connection string is missing or empty.</exception>
    public static string Get(IConfiguration configuration, string name, string example)
    {
        var value = configuration.GetConnectionString(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The connection string '{name}' is missing: set the environment variable ConnectionStrings__{name} " +
                $"(for example '{example}'), or start everything with eng/run.sh, whose AppHost sets it.");
        }
        return value;
    }
}
