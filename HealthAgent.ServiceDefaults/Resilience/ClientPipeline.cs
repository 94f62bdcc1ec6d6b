using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// One client's resilience pipeline: the four strategies of Microsoft's standard handler, outer to inner — total timeout,
/// retry, circuit breaker, attempt timeout. The timeouts and the retry are Microsoft.Extensions.Http.Resilience's HTTP
/// strategies (transient HTTP failures, <c>Retry-After</c>); the breaker is ours because it opens on consecutive failures.
/// All are configured by that client's <see cref="HttpResilienceOptions"/>.
/// </summary>
internal static class ClientPipeline
{
    public static void Build(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, string clientName, HttpResilienceOptions options,
        CircuitBreakerRegistry breakers, TimeProvider timeProvider)
    {
        if (!options.Enabled)
        {
            breakers.Untrack(clientName);
            return;
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total-timeout", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                // Polly applies MaxDelay to its backoff only; a Retry-After that asks for longer is capped here.
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, timeProvider, options.MaxRetryDelay)),
            });
        }

        // Our consecutive-failure breaker: Polly's breaker cannot express "open after N consecutive failures" (ADR-013).
        var breaker = breakers.GetOrAdd(clientName, options);
        pipeline.AddStrategy(_ => new CircuitBreakerStrategy(clientName, breaker));
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt-timeout", Timeout = options.AttemptTimeout });
    }
}
