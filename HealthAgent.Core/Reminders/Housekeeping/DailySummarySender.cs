using HealthAgent.Contracts.Notifications;
using HealthAgent.Core.Reminders.Dispatch;
using HealthAgent.Core.Time;
using Npgsql;
using NpgsqlTypes;

namespace HealthAgent.Core.Reminders.Housekeeping;

/// <summary>
/// Sends the opt-in daily summary once the user's chosen local time has passed (zone read now from <c>users.time_zone</c>).
/// A conditional update claims (user, local day) first, so with several replicas only one sends; a send that must be
/// retried releases the claim, and the Bot's idempotency key covers a crash after sending.
/// </summary>
public sealed class DailySummarySender(NpgsqlDataSource dataSource, NotificationClient bot, TimeProvider time)
{
    private readonly SummaryClaim _claims = SummaryClaim.Daily(dataSource);

    /// <summary>Sends every summary now due; returns how many were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = new List<(Guid User, long Chat, DateOnly Date, DateOnly? Previous, TimeZoneInfo Zone)>();
        await using (var command = dataSource.CreateCommand("""
            SELECT s.user_id, u.telegram_id, s.daily_summary_time, s.last_summary_date, u.time_zone
              FROM reminder_settings s JOIN users u ON u.id = s.user_id
             WHERE s.daily_summary_enabled
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var zone = TimeZones.Find(reader.GetString(4));
                var local = ZonedTime.LocalDateTime(now, zone);
                var date = DateOnly.FromDateTime(local);
                DateOnly? last = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3);
                if (TimeOnly.FromDateTime(local) >= reader.GetFieldValue<TimeOnly>(2) && (last is null || last < date))
                {
                    due.Add((reader.GetGuid(0), reader.GetInt64(1), date, last, zone));
                }
            }
        }
        var sent = 0;
        foreach (var (user, chat, date, previous, zone) in due)
        {
            var outcome = await _claims.SendOnceAsync(user, date, previous, async ct => await bot.SendAsync(
                new NotificationRequest(chat, await SummaryAsync(user, date, zone, ct), null, $"summary:{user:N}:{date:yyyyMMdd}"), ct), cancellationToken);
            if (outcome == NotificationOutcome.Delivered)
            {
                sent++;
            }
        }
        return sent;
    }



    private async Task<string> SummaryAsync(Guid user, DateOnly date, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var (start, end) = ZonedTime.DayRange(date, zone);
        await using var command = dataSource.CreateCommand("""
            SELECT status, count(*) FROM reminder_deliveries
             WHERE user_id = $1 AND scheduled_at >= $2 AND scheduled_at < $3 GROUP BY status
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        command.Parameters.Add(new NpgsqlParameter { Value = start.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = end.ToUniversalTime() });
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }
        if (counts.Count == 0)
        {
            return $"📋 Your day ({date:ddd d MMM}): no reminders today.";
        }
        long Count(string status) => counts.GetValueOrDefault(status);
        return $"📋 Your day ({date:ddd d MMM}): {Count("done")} reminders done, {Count("skipped")} skipped, "
            + $"{Count("sent")} without an answer, {Count("missed")} missed.";
    }
}
