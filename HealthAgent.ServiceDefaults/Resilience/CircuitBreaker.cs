using Polly.CircuitBreaker;

namespace HealthAgent.ServiceDefaults.Resilience;

/// <summary>
/// The state machine of one client's breaker: opens after a number of consecutive failures, rejects calls for the break
/// duration, then admits exactly one trial call whose outcome closes or re-opens it. Polly's own breaker opens on a failure
/// ratio over a sampling window, in which one earlier success keeps the circuit closed for the whole window (ADR-013).
/// </summary>
internal sealed class CircuitBreaker(int failureThreshold, TimeSpan breakDuration, TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private CircuitState _state = CircuitState.Closed;
    private int _consecutiveFailures;
    private DateTimeOffset _openedAt;
    private bool _trialInFlight;

    public CircuitState State
    {
        get
        {
            lock (_lock)
            {
                return _state == CircuitState.Open && BreakElapsed() ? CircuitState.HalfOpen : _state;
            }
        }
    }

    /// <summary>Asks to make a call; <paramref name="isTrial"/> tells whether it is the half-open trial.</summary>
    public bool TryEnter(out bool isTrial, out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            isTrial = false;
            retryAfter = TimeSpan.Zero;
            if (_state == CircuitState.Open)
            {
                if (!BreakElapsed())
                {
                    retryAfter = _openedAt + breakDuration - timeProvider.GetUtcNow();
                    return false;
                }

                _state = CircuitState.HalfOpen;
            }

            if (_state == CircuitState.HalfOpen)
            {
                if (_trialInFlight)
                {
                    return false;
                }

                _trialInFlight = isTrial = true;
            }

            return true;
        }
    }

    public void OnSuccess(bool isTrial)
    {
        lock (_lock)
        {
            if (isTrial || _state == CircuitState.Closed)
            {
                _state = CircuitState.Closed;
                _consecutiveFailures = 0;
                _trialInFlight = false;
            }
        }
    }

    public void OnFailure(bool isTrial)
    {
        lock (_lock)
        {
            if (isTrial)
            {
                Open();
            }
            else if (_state == CircuitState.Closed && ++_consecutiveFailures >= failureThreshold)
            {
                Open();
            }
        }
    }

    /// <summary>Records a call that ended neither way (the caller cancelled it), so a cancelled trial does not block the next one.</summary>
    public void OnInconclusive(bool isTrial)
    {
        lock (_lock)
        {
            if (isTrial)
            {
                _trialInFlight = false;
            }
        }
    }

    private void Open()
    {
        _state = CircuitState.Open;
        _openedAt = timeProvider.GetUtcNow();
        _consecutiveFailures = 0;
        _trialInFlight = false;
    }

    private bool BreakElapsed() => timeProvider.GetUtcNow() - _openedAt >= breakDuration;
}
