using HealthAgent.Core.Reminders.Housekeeping;

namespace HealthAgent.Worker.Jobs;

/// <summary>Sends the weekly summary with its chart on the configured weekday at each user's summary time (checked every minute).</summary>
internal sealed class WeeklySummaryJob(WeeklySummarySender sender, TimeProvider time, ILogger<WeeklySummaryJob> logger) : PeriodicJob(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await sender.RunAsync(cancellationToken);
        return false;
    }
}
