using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>Puts a <see cref="ResilienceHandler"/> into every client built by <c>IHttpClientFactory</c> whose resilience is enabled.</summary>
internal sealed class ResilienceHandlerFilter(ResiliencePipelineCache pipelines) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (pipelines.Get(builder.Name ?? Options.DefaultName) is not { } pipeline)
        {
            return;
        }

        // Outermost, whatever the order of registration: each retry re-runs every other handler, so service discovery
        // (always appended innermost) resolves per attempt and per-request handlers such as authentication run again.
        builder.AdditionalHandlers.Insert(0, new ResilienceHandler(pipeline));
    };
}
