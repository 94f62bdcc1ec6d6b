using Microsoft.Extensions.Http;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// Stamps each request with the name of the HttpClient that sends it, so that the resilience handler registered for
/// every client can select that client's own pipeline (its own options and its own circuit breaker).
/// </summary>
internal sealed class ClientNameHandler(string clientName) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<string> Key = new("HealthAgent.HttpClientName");

    /// <summary>The name of the client that sends <paramref name="request"/>; empty for the unnamed client.</summary>
    public static string Of(HttpRequestMessage request) => request.Options.TryGetValue(Key, out var name) ? name : "";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(Key, clientName);
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>Puts the handler outermost in every client that <c>IHttpClientFactory</c> builds.</summary>
    internal sealed class Filter : IHttpMessageHandlerBuilderFilter
    {
        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
        {
            next(builder);
            builder.AdditionalHandlers.Insert(0, new ClientNameHandler(builder.Name ?? ""));
        };
    }
}
