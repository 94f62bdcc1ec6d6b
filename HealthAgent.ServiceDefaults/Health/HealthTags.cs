namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Tags that decide which health endpoint runs a check and how a failure counts.</summary>
public static class HealthTags
{
    /// <summary>Checks run by <c>/health/ready</c> (and by <c>/health/deps</c>, which runs every check).</summary>
    public const string Ready = "ready";

    /// <summary>A failure of a check with this tag makes the service unavailable (503 on <c>/health/ready</c>).</summary>
    public const string Critical = "critical";
}
