using Polly;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>Sends each request through a client's resilience pipeline.</summary>
internal sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Inner handlers such as service discovery rewrite the address; every attempt starts again from the logical one.
        var requestedUri = request.RequestUri;
        return await pipeline.ExecuteAsync(
                token =>
                {
                    request.RequestUri = requestedUri;
                    return new ValueTask<HttpResponseMessage>(SendAttemptAsync(request, token));
                },
                cancellationToken)
            .ConfigureAwait(false);
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
