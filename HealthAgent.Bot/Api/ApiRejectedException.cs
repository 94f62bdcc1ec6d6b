namespace HealthAgent.Bot.Api;

/// <summary>The Api refused a request (4xx other than 429): retrying the same request cannot help.</summary>
public sealed class ApiRejectedException(int status, string message, byte[]? body = null) : Exception($"The Api answered {status}: {message}")
{
    public int Status { get; } = status;

    /// <summary>The response body, when there was one.</summary>
    public byte[]? Body { get; } = body;
}
