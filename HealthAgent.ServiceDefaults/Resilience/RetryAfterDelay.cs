using System.Net;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>Reads the wait a server asked for in <c>Retry-After</c>.</summary>
internal static class RetryAfterDelay
{
    /// <summary>The requested wait, capped by <paramref name="max"/>, or null when the response asks for none.</summary>
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan max)
    {
        if (response?.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            || response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        var delay = retryAfter.Delta ?? retryAfter.Date - timeProvider.GetUtcNow();
        if (delay is not { } wait)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
    }
}
