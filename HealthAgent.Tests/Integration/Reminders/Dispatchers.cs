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
    public static async Task RunUntilIdleAsync(ReminderDispatcher dispatcher, NpgsqlDataSource dataSource, TimeProvider time, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        while (true)
        {
            if (await dispatcher.RunOnceAsync(timeout.Token) > 0)
            {
                continue;
            }
            // Due by the dispatcher's clock, which a test may have set anywhere.
            await using var command = dataSource.CreateCommand(
                "SELECT (SELECT count(*) FROM reminder_deliveries WHERE status = 'pending' AND next_attempt_at <= $1) + (SELECT count(*) FROM reminders WHERE active AND next_fire_at <= $1)");
            command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
            if ((long)(await command.ExecuteScalarAsync(timeout.Token))! == 0 && !await AnyLeasedAsync(dataSource, timeout.Token))
            {
                return;
            }
            await Task.Delay(100, timeout.Token);
        }
    }

    // A lease held by a killed replica is still work to finish, however far the test clock is from it.
    private static async Task<bool> AnyLeasedAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM reminder_deliveries WHERE status = 'pending' AND attempts > 0 AND last_error IS NULL");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }
}
