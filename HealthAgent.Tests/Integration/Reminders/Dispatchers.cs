using HealthAgent.Core.Reminders.Dispatch;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HealthAgent.Tests.Integration.Reminders;

/// <summary>Builds dispatchers (Worker replicas) against a database and the notifications stub.</summary>
internal static class Dispatchers
{
    public static ReminderDispatcher Create(NpgsqlDataSource dataSource, NotificationsStub bot, TimeProvider time, Action<ReminderDispatchOptions>? configure = null)
    {
        var options = new ReminderDispatchOptions { BatchSize = 200, RetryBaseDelay = TimeSpan.FromSeconds(30), SendLease = TimeSpan.FromMinutes(2) };
        configure?.Invoke(options);
        return new ReminderDispatcher(dataSource, new NotificationClient(bot.Client(), NotificationsStub.ServiceKey),
            Options.Create(options), time, NullLogger<ReminderDispatcher>.Instance);
    }

    /// <summary>Runs until nothing is due or pending (leases included), as a Worker loop would.</summary>
    public static async Task RunUntilIdleAsync(ReminderDispatcher dispatcher, NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        while (true)
        {
            if (await dispatcher.RunOnceAsync(timeout.Token) > 0)
            {
                continue;
            }
            await using var command = dataSource.CreateCommand(
                "SELECT (SELECT count(*) FROM reminder_deliveries WHERE status = 'pending') + (SELECT count(*) FROM reminders WHERE active AND next_fire_at <= now())");
            if ((long)(await command.ExecuteScalarAsync(timeout.Token))! == 0)
            {
                return;
            }
            await Task.Delay(100, timeout.Token);
        }
    }
}
