using HealthAgent.Core.Reminders.Housekeeping;

namespace HealthAgent.Worker.Jobs;

/// <summary>Sends opt-in daily summaries at each user's chosen local time (checked every minute).</summary>
internal sealed class DailySummaryJob(DailySummarySender sender, TimeProvider time, ILogger<DailySummaryJob> logger) : PeriodicJob(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await sender.RunAsync(cancellationToken);
        return false;
    }
}
