using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// A Polly strategy over <see cref="CircuitBreaker"/>, in the breaker's place in the standard order (inside retry, outside
/// the attempt timeout). What counts as a failure is Microsoft.Extensions.Http.Resilience's transient HTTP failure.
/// </summary>
internal sealed class CircuitBreakerStrategy(string clientName, CircuitBreaker breaker) : ResilienceStrategy<HttpResponseMessage>
{
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state)
    {
        if (!breaker.TryEnter(out var isTrial, out var retryAfter))
        {
            return Outcome.FromException<HttpResponseMessage>(new BrokenCircuitException(
                $"The circuit of HTTP client '{clientName}' is open; the call was not attempted.", retryAfter));
        }

        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (Exception exception)
        {
            outcome = Outcome.FromException<HttpResponseMessage>(exception);
        }

        if (HttpClientResiliencePredicates.IsTransient(outcome))
        {
            breaker.OnFailure(isTrial);
        }
        else if (outcome.Exception is null)
        {
            breaker.OnSuccess(isTrial);
        }
        else
        {
            breaker.OnInconclusive(isTrial);
        }

        return outcome;
    }
}
