using HealthAgent.Core.Reminders.Housekeeping;

namespace HealthAgent.Worker.Jobs;

/// <summary>Deletes old finished delivery rows every hour.</summary>
internal sealed class DeliveryRetentionJob(DeliveryRetention retention, TimeProvider time, ILogger<DeliveryRetentionJob> logger) : PeriodicJob(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var deleted = await retention.RunAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} old reminder deliveries", deleted);
        }
        return false;
    }
}
