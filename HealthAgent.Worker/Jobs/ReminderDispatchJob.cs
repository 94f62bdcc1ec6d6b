using HealthAgent.Core.Reminders.Dispatch;
using Microsoft.Extensions.Options;

namespace HealthAgent.Worker.Jobs;

/// <summary>Claims due reminders and sends their deliveries; safe with any number of replicas.</summary>
internal sealed class ReminderDispatchJob(ReminderDispatcher dispatcher, IOptions<ReminderDispatchOptions> options, TimeProvider time, ILogger<ReminderDispatchJob> logger)
    : PeriodicJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var work = await dispatcher.RunOnceAsync(cancellationToken);
        if (work == 0)
        {
            await dispatcher.CountDueAsync(cancellationToken);
        }
        return work > 0;
    }
}
