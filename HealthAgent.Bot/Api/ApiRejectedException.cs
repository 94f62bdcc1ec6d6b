namespace HealthAgent.Bot.Api;

/// <summary>The Api refused a request (4xx other than 429): retrying the same request cannot help.</summary>
public sealed class ApiRejectedException(int status, string message) : Exception($"The Api answered {status}: {message}")
{
    public int Status { get; } = status;
}
