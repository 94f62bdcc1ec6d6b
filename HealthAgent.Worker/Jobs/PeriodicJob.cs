namespace HealthAgent.Worker.Jobs;

/// <summary>
/// Runs <see cref="RunOnceAsync"/> repeatedly: straight again while it reports work, otherwise after <see cref="Interval"/>.
/// A failed run is logged and retried after the interval, so one bad database moment never stops the Worker.
/// </summary>
internal abstract class PeriodicJob(TimeProvider time, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>One run; returns whether it did work (and so should run again at once).</summary>
    protected abstract Task<bool> RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool busy;
            try
            {
                busy = await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Job} failed; retrying in {Interval}", GetType().Name, Interval);
                busy = false;
            }
            if (!busy)
            {
                try
                {
                    await Task.Delay(Interval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
