using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// One client's resilience pipeline: the four strategies of Microsoft's standard handler, outer to inner — total timeout,
/// retry, circuit breaker, attempt timeout — built from the HTTP strategy options of Microsoft.Extensions.Http.Resilience
/// (which know transient HTTP failures and honour <c>Retry-After</c>) and configured by that client's <see cref="HttpResilienceOptions"/>.
/// </summary>
internal static class ClientPipeline
{
    private static readonly TimeSpan SamplingWindow = TimeSpan.FromSeconds(30);

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

        // "Open after N consecutive failures" in Polly's terms: a failure ratio of 100 % over at least N attempts in the
        // sampling window (30 s, or two attempt timeouts when longer, as the standard handler requires). A success inside
        // the window keeps the circuit closed, as a success resets a consecutive count.
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 1.0,
            MinimumThroughput = options.BreakerFailureThreshold,
            SamplingDuration = options.AttemptTimeout * 2 > SamplingWindow ? options.AttemptTimeout * 2 : SamplingWindow,
            BreakDuration = options.BreakDuration,
            StateProvider = breakers.Track(clientName),
        });
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt-timeout", Timeout = options.AttemptTimeout });
    }
}
