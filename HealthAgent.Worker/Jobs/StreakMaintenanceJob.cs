using HealthAgent.Core.Reminders.Housekeeping;

namespace HealthAgent.Worker.Jobs;

/// <summary>Settles streaks after each user's local midnight (checked every five minutes; each day once across replicas).</summary>
internal sealed class StreakMaintenanceJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<StreakMaintenanceJob> logger) : PeriodicJob(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var settled = await scope.ServiceProvider.GetRequiredService<DayEndSettler>().RunAsync(cancellationToken);
        if (settled > 0)
        {
            logger.LogInformation("Settled streaks for {Days} user-days", settled);
        }
        return false;
    }
}
