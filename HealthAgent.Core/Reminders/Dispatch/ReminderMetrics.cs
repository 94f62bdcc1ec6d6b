using System.Diagnostics.Metrics;
using HealthAgent.Core.Diagnostics;

namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>The dispatch instruments on <see cref="CoreTelemetry.Meter"/>.</summary>
public static class ReminderMetrics
{
    private static long _dueBacklog;

    /// <summary>Deliveries by outcome (<c>outcome</c> = sent, duplicate, retry, failed, blocked, missed).</summary>
    public static readonly Counter<long> Deliveries = CoreTelemetry.Meter.CreateCounter<long>("healthagent.reminders.deliveries", "{delivery}", "Reminder deliveries by outcome.");

    /// <summary>Occurrences recorded as missed (beyond the grace window).</summary>
    public static readonly Counter<long> Missed = CoreTelemetry.Meter.CreateCounter<long>("healthagent.reminders.missed", "{occurrence}", "Occurrences missed beyond the grace window.");

    /// <summary>Scheduled instant to delivery, in seconds.</summary>
    public static readonly Histogram<double> DispatchLatency = CoreTelemetry.Meter.CreateHistogram<double>("healthagent.reminders.dispatch_latency", "s", "From the scheduled instant to the Bot's acceptance.");

    static ReminderMetrics() =>
        CoreTelemetry.Meter.CreateObservableGauge("healthagent.reminders.due_backlog", () => Interlocked.Read(ref _dueBacklog), "{reminder}", "Reminders due and not yet claimed at the last poll.");

    /// <summary>Records the due backlog seen by the last poll.</summary>
    public static void SetDueBacklog(long count) => Interlocked.Exchange(ref _dueBacklog, count);
}
