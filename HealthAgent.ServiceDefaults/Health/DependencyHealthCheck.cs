using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HealthAgent.ServiceDefaults.Health;

/// <summary>
/// Base for checks of an outside dependency: runs one probe under its own timeout, so that a dependency that
/// accepts connections and never answers cannot hold up the other checks or the health endpoint.
/// </summary>
public abstract class DependencyHealthCheck(TimeSpan timeout) : IHealthCheck
{
    /// <summary>How long the probe may take before the dependency is reported unavailable.</summary>
    public TimeSpan Timeout { get; } = timeout;

    /// <summary>Asks the dependency one cheap question; returns a short description of the answer.</summary>
    protected abstract Task<string> ProbeAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(Timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            // WaitAsync abandons a probe whose client library takes no cancellation token (StackExchange.Redis).
            var description = await ProbeAsync(timeoutSource.Token).WaitAsync(timeoutSource.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy(description);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"No answer within {Timeout.TotalMilliseconds:0} ms.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"{ex.GetBaseException().Message} (after {elapsed.TotalMilliseconds:0} ms)");
        }
    }
}
