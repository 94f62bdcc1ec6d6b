using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// Builds each client's pipeline once and keeps it for the life of the application: handlers are recycled by
/// <c>IHttpClientFactory</c> every few minutes, but a pipeline (and its breaker) must outlive them.
/// </summary>
internal sealed class ResiliencePipelineCache(
    IOptionsMonitor<HttpResilienceOptions> optionsMonitor,
    CircuitBreakerRegistry breakers,
    TimeProvider timeProvider,
    ILogger<ResiliencePipelineCache> logger)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>?> _pipelines = new(StringComparer.Ordinal);

    /// <summary>The pipeline of <paramref name="clientName"/>, or null when resilience is disabled for that client.</summary>
    public ResiliencePipeline<HttpResponseMessage>? Get(string clientName) => _pipelines.GetOrAdd(clientName, Build);

    private ResiliencePipeline<HttpResponseMessage>? Build(string clientName)
    {
        var options = optionsMonitor.Get(clientName);
        if (!options.Enabled)
        {
            return null;
        }

        // Outer to inner, as in Microsoft's standard handler: the total timeout bounds retries and their waits, the breaker
        // sees every attempt, and the attempt timeout turns a hung attempt into a failure the retry and breaker understand.
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = "http-resilience",
            InstanceName = clientName,
            TimeProvider = timeProvider,
        };
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(RetryOptions(clientName, options));
        }

        builder.AddStrategy(_ => new CircuitBreakerStrategy(clientName, breakers.GetOrAdd(clientName, options)));
        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    private RetryStrategyOptions<HttpResponseMessage> RetryOptions(string clientName, HttpResilienceOptions options) => new()
    {
        MaxRetryAttempts = options.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        MaxDelay = options.MaxRetryDelay,

        // A BrokenCircuitException is not transient: retrying an open circuit would only spin until the total timeout.
        ShouldHandle = args => ValueTask.FromResult(TransientHttpFailure.IsTransient(args.Outcome)),

        // Polly does not apply MaxDelay to generated delays, so RetryAfterDelay caps them itself.
        DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, timeProvider, options.MaxRetryDelay)),
        OnRetry = args =>
        {
            logger.LogWarning(
                args.Outcome.Exception,
                "HTTP client {ClientName}: attempt {Attempt} failed with {Outcome}; retrying in {Delay}",
                clientName,
                args.AttemptNumber + 1,
                args.Outcome.Result?.StatusCode.ToString() ?? args.Outcome.Exception?.GetType().Name,
                args.RetryDelay);

            // The failed response is dropped here; disposing it returns its connection to the pool before the wait.
            args.Outcome.Result?.Dispose();
            return ValueTask.CompletedTask;
        },
    };
}
