using System.Net;
using Polly;
using Polly.Timeout;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>The one definition of a transient failure, shared by retry and circuit breaker.</summary>
internal static class TransientHttpFailure
{
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
