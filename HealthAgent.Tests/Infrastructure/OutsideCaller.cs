namespace HealthAgent.Tests.Infrastructure;

/// <summary>Sends a request as a caller outside the process would.</summary>
public static class OutsideCaller
{
    /// <summary>
    /// Sends <paramref name="request"/> with OpenTelemetry's instrumentation suppressed: the test client shares the process
    /// with the hosts' OpenTelemetry, whose HttpClient instrumentation would replace a <c>traceparent</c> the test set with its own span.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsOutsideCallerAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var scope = OpenTelemetry.SuppressInstrumentationScope.Begin();
        return await client.SendAsync(request);
    }
}
