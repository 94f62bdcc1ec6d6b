using Polly;
using Polly.CircuitBreaker;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// A Polly strategy over <see cref="CircuitBreaker"/>; Polly's own breaker opens on a failure ratio, while ours must open
/// after a number of consecutive failures.
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

        if (TransientHttpFailure.IsTransient(outcome))
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
