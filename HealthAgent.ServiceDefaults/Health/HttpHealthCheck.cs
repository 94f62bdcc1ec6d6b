namespace HealthAgent.ServiceDefaults.Health;

/// <summary>Checks another HealthAgent service by asking its <c>/health/live</c> endpoint through a named HttpClient.</summary>
public sealed class HttpHealthCheck(IHttpClientFactory clients, string clientName, TimeSpan timeout) : DependencyHealthCheck(timeout)
{
    /// <inheritdoc />
    protected override async Task<string> ProbeAsync(CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(clientName);
        using var response = await client.GetAsync("/health/live", cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return $"/health/live answered {(int)response.StatusCode}.";
    }
}
