using HealthAgent.Core.Diagnostics;
using System.Collections.Concurrent;
using HealthAgent.Core.Reminders.Scheduling;
using HealthAgent.Core.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>
/// Turns due reminders into deliveries and sends them, safely with any number of replicas. Two steps, each its own
/// transaction: <see cref="ScheduleDueAsync"/> claims due reminders with <c>FOR UPDATE SKIP LOCKED</c>, writes one
/// delivery row per occurrence (unique per reminder and instant, so never twice) and advances <c>next_fire_at</c>;
/// <see cref="SendDueAsync"/> leases pending deliveries, sends them with the occurrence key as the Bot's idempotency key
/// (so a resend after a crash between send and commit is answered "duplicate") and records the outcome.
/// </summary>
public sealed class ReminderDispatcher(
    NpgsqlDataSource dataSource, NotificationClient bot, IOptions<ReminderDispatchOptions> options, TimeProvider time, ILogger<ReminderDispatcher> logger)
{
    // A reminder left unclaimed for ages (every hour for a year) still finishes in bounded work; older ones are dropped.
    private const int MaxOccurrencesPerClaim = 1000;
    private readonly ReminderDispatchOptions _options = options.Value;

    /// <summary>Schedules due occurrences, then sends due deliveries, one batch each; returns the work done.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        await ScheduleDueAsync(cancellationToken) + await SendDueAsync(cancellationToken);

    /// <summary>How many active reminders are due now (the backlog metric).</summary>
    public async Task<long> CountDueAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM reminders WHERE active AND next_fire_at IS NOT NULL AND next_fire_at <= $1");
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        var count = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        ReminderMetrics.SetDueBacklog(count);
        return count;
    }

    /// <summary>Claims one batch of due reminders and records their occurrences; returns how many reminders it claimed.</summary>
    public async Task<int> ScheduleDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await ClaimDueAsync(connection, transaction, now, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var deliveries = new List<(Guid Reminder, Guid User, DateTimeOffset At, bool Missed)>();
        var advanced = new List<(Guid Id, DateTimeOffset FiredThrough, DateTimeOffset? Next)>();
        foreach (var due in claimed)
        {
            // The zone is read now, at fire time, so a user who moved gets the reminder at the new local time.
            var zone = TimeZones.Find(due.TimeZone);
            var firedThrough = due.FiredThrough;
            var next = Recurrence.Next(due.Schedule, firedThrough, zone, due.EndDate);
            for (var n = 0; next is { } at && at <= now; n++)
            {
                if (n == MaxOccurrencesPerClaim)
                {
                    firedThrough = now;
                    next = Recurrence.Next(due.Schedule, now, zone, due.EndDate);
                    break;
                }
                deliveries.Add((due.Id, due.UserId, at, now - at > TimeSpan.FromMinutes(due.GraceMinutes)));
                firedThrough = at;
                next = Recurrence.Next(due.Schedule, at, zone, due.EndDate);
            }
            advanced.Add((due.Id, firedThrough, next));
        }

        await InsertDeliveriesAsync(connection, transaction, deliveries, now, cancellationToken);
        await AdvanceAsync(connection, transaction, advanced, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var missed = deliveries.Count(d => d.Missed);
        if (missed > 0)
        {
            ReminderMetrics.Missed.Add(missed);
            ReminderMetrics.Deliveries.Add(missed, new KeyValuePair<string, object?>("outcome", "missed"));
            logger.LogInformation("{Missed} reminder occurrences were beyond their grace window and recorded as missed", missed);
        }
        return claimed.Count;
    }

    /// <summary>Leases one batch of pending deliveries, sends them and records the outcomes; returns how many it sent or tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leased = await LeaseAsync(now, cancellationToken);
        if (leased.Count == 0)
        {
            return 0;
        }
        // Missed occurrences are summarised once: in the earliest of a reminder's deliveries in this batch.
        leased = leased.GroupBy(d => d.ReminderId)
            .SelectMany(g => g.OrderBy(d => d.ScheduledAt).Select((d, i) => i == 0 ? d : d with { MissedBefore = 0 }))
            .ToList();
        var results = new ConcurrentBag<(LeasedDelivery Delivery, NotificationResult Result)>();
        await Parallel.ForEachAsync(leased, new ParallelOptions { MaxDegreeOfParallelism = _options.SendParallelism, CancellationToken = cancellationToken },
            async (delivery, ct) => results.Add((delivery, await SendTracedAsync(delivery, ct))));
        // Not the caller's token: outcomes of messages already sent are written even while stopping.
        await RecordOutcomesAsync(results, CancellationToken.None);
        return leased.Count;
    }

    // One span per dispatch: the HttpClient span to the Bot (and the Bot's own spans) nest under it through traceparent.
    private async Task<NotificationResult> SendTracedAsync(LeasedDelivery delivery, CancellationToken cancellationToken)
    {
        using var activity = CoreTelemetry.ActivitySource.StartActivity("reminder.dispatch")?.SetTag("healthagent.reminder.id", delivery.ReminderId)
            .SetTag("healthagent.delivery.id", delivery.Id).SetTag("healthagent.delivery.attempt", delivery.Attempts);
        var result = await bot.SendAsync(delivery.ToRequest(), cancellationToken);
        activity?.SetTag("healthagent.delivery.outcome", result.Outcome.ToString());
        return result;
    }

    private async Task<List<DueReminder>> ClaimDueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT r.id, r.user_id, r.schedule_type, r.local_time, r.once_date, r.weekdays, r.interval_hours,
                   r.window_start, r.window_end, r.cron, r.end_date, r.grace_minutes, r.fired_through, u.time_zone
              FROM reminders r JOIN users u ON u.id = r.user_id
             WHERE r.active AND r.next_fire_at IS NOT NULL AND r.next_fire_at <= $1
             ORDER BY r.next_fire_at
             LIMIT $2
               FOR UPDATE OF r SKIP LOCKED
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = _options.BatchSize });
        var list = new List<DueReminder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var schedule = new ReminderSchedule(
                Enum.Parse<ScheduleType>(reader.GetString(2), ignoreCase: true),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<TimeOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<TimeOnly>(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<TimeOnly>(8),
                reader.IsDBNull(9) ? null : reader.GetString(9));
            list.Add(new DueReminder(reader.GetGuid(0), reader.GetGuid(1), schedule,
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10), reader.GetInt32(11),
                reader.GetFieldValue<DateTimeOffset>(12), reader.GetString(13)));
        }
        return list;
    }

    private static async Task InsertDeliveriesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        List<(Guid Reminder, Guid User, DateTimeOffset At, bool Missed)> deliveries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return;
        }
        // ON CONFLICT: an occurrence already recorded (by a replica, or before a crash) is never recorded, so never sent, twice.
        await using var command = new NpgsqlCommand("""
            INSERT INTO reminder_deliveries (id, reminder_id, user_id, scheduled_at, status, next_attempt_at, created_at)
            SELECT v.id, v.reminder_id, v.user_id, v.scheduled_at, CASE WHEN v.missed THEN 'missed' ELSE 'pending' END,
                   CASE WHEN v.missed THEN NULL ELSE $5 END, $5
              FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $6::boolean[]) AS v(id, reminder_id, user_id, scheduled_at, missed)
            ON CONFLICT (reminder_id, scheduled_at) DO NOTHING
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => Guid.CreateVersion7(now)).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.Reminder).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.User).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.At.ToUniversalTime()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.Missed).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task AdvanceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        List<(Guid Id, DateTimeOffset FiredThrough, DateTimeOffset? Next)> advanced, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE reminders r SET fired_through = v.fired_through, next_fire_at = CASE WHEN v.has_next THEN v.next_fire_at END, updated_at = $5
              FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::boolean[]) AS v(id, fired_through, next_fire_at, has_next)
             WHERE r.id = v.id
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = advanced.Select(a => a.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = advanced.Select(a => a.FiredThrough.ToUniversalTime()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = advanced.Select(a => (a.Next ?? a.FiredThrough).ToUniversalTime()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = advanced.Select(a => a.Next is not null).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<LeasedDelivery>> LeaseAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The lease is committed before sending: a sender that dies leaves the rows to another replica once it expires.
        await using var command = dataSource.CreateCommand("""
            WITH claimed AS (
                UPDATE reminder_deliveries d SET next_attempt_at = $2, attempts = d.attempts + 1
                  FROM (SELECT id FROM reminder_deliveries
                         WHERE status = 'pending' AND next_attempt_at <= $1
                         ORDER BY next_attempt_at LIMIT $3
                           FOR UPDATE SKIP LOCKED) c
                 WHERE d.id = c.id
                RETURNING d.id, d.reminder_id, d.user_id, d.scheduled_at, d.attempts)
            SELECT c.id, c.reminder_id, c.user_id, c.scheduled_at, c.attempts, r.message, r.track_completion, u.telegram_id,
                   (SELECT count(*) FROM reminder_deliveries m
                     WHERE m.reminder_id = c.reminder_id AND m.status = 'missed' AND NOT m.missed_reported AND m.scheduled_at < c.scheduled_at), r.kind = 'sleep'

              FROM claimed c JOIN reminders r ON r.id = c.reminder_id JOIN users u ON u.id = c.user_id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = now + _options.SendLease });
        command.Parameters.Add(new NpgsqlParameter { Value = _options.BatchSize });
        var list = new List<LeasedDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new LeasedDelivery(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetInt32(4), reader.GetString(5), reader.GetBoolean(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetBoolean(9)));
        }
        return list;
    }

    private async Task RecordOutcomesAsync(IEnumerable<(LeasedDelivery Delivery, NotificationResult Result)> results, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (delivery, result) in results)
        {
            var (sql, outcome) = result.Outcome switch
            {
                NotificationOutcome.Delivered => ("""
                    UPDATE reminder_deliveries SET status = 'sent', sent_at = $2, message_id = $3, next_attempt_at = NULL, last_error = NULL WHERE id = $1 AND status = 'pending';
                    """, "sent"),
                NotificationOutcome.Retry when delivery.Attempts < _options.MaxAttempts => ("""
                    UPDATE reminder_deliveries SET next_attempt_at = $4, last_error = $5 WHERE id = $1 AND status = 'pending';
                    """, "retry"),
                NotificationOutcome.Blocked => ("""
                    UPDATE reminder_deliveries SET status = 'blocked', next_attempt_at = NULL, last_error = $5 WHERE id = $1 AND status = 'pending';
                    """, "blocked"),
                _ => ("""
                    UPDATE reminder_deliveries SET status = 'failed', next_attempt_at = NULL, last_error = $5 WHERE id = $1 AND status = 'pending';
                    """, "failed"),
            };
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = delivery.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)result.MessageId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter { Value = now + RetryDelay(delivery, result), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)result.Error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            batch.BatchCommands.Add(command);
            if (outcome == "sent" && delivery.MissedBefore > 0)
            {
                batch.BatchCommands.Add(Command("""
                    UPDATE reminder_deliveries SET missed_reported = true
                     WHERE reminder_id = $1 AND status = 'missed' AND NOT missed_reported AND scheduled_at < $2
                    """, delivery.ReminderId, delivery.ScheduledAt));
            }
            if (outcome == "blocked")
            {
                // The user blocked the bot: stop sending until they come back and resume.
                batch.BatchCommands.Add(Command("UPDATE reminders SET active = false, updated_at = $2 WHERE user_id = $1 AND active", delivery.UserId, now));
            }
            ReminderMetrics.Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
            if (outcome == "sent")
            {
                ReminderMetrics.DispatchLatency.Record(Math.Max(0, (now - delivery.ScheduledAt).TotalSeconds));
            }
            else
            {
                logger.LogWarning("Reminder delivery {DeliveryId} attempt {Attempt}: {Outcome} ({Error})", delivery.Id, delivery.Attempts, outcome, result.Error);
            }
        }
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static NpgsqlBatchCommand Command(string sql, Guid id, DateTimeOffset at)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = at.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        return command;
    }

    // Exponential backoff from the base, capped, stretched by the Bot's Retry-After, with jitter derived from the id
    // (deterministic, so tests are repeatable, yet spread across deliveries).
    private TimeSpan RetryDelay(LeasedDelivery delivery, NotificationResult result)
    {
        var exponent = Math.Min(delivery.Attempts - 1, 20);
        var backoff = TimeSpan.FromTicks(Math.Min(_options.RetryMaxDelay.Ticks, _options.RetryBaseDelay.Ticks * (1L << exponent)));
        var jitter = 0.8 + (delivery.Id.GetHashCode() & 0xFF) / 640.0;
        var delay = backoff * jitter;
        return result.RetryAfter is { } after && after > delay ? after : delay;
    }

    private sealed record DueReminder(Guid Id, Guid UserId, ReminderSchedule Schedule, DateOnly? EndDate, int GraceMinutes, DateTimeOffset FiredThrough, string TimeZone);
}
