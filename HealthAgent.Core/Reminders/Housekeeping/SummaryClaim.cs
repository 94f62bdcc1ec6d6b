using HealthAgent.Core.Reminders.Dispatch;
using Npgsql;
using NpgsqlTypes;

namespace HealthAgent.Core.Reminders.Housekeeping;

/// <summary>
/// A user's summary for one period (a day, a week), claimed in <c>reminder_settings</c> with one conditional UPDATE, so
/// that exactly one replica sends it; a send that must be retried releases the claim back to the period before.
/// </summary>
public sealed class SummaryClaim
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _claim, _release;

    private SummaryClaim(NpgsqlDataSource dataSource, string column)
    {
        _dataSource = dataSource;
        _claim = $"""
            UPDATE reminder_settings SET {column} = $2
             WHERE user_id = $1 AND daily_summary_enabled AND ({column} IS NULL OR {column} < $2)
            """;
        _release = $"UPDATE reminder_settings SET {column} = $3 WHERE user_id = $1 AND {column} = $2";
    }

    /// <summary>The daily summary, by local date (<c>last_summary_date</c>).</summary>
    public static SummaryClaim Daily(NpgsqlDataSource dataSource) => new(dataSource, "last_summary_date");

    /// <summary>The weekly summary, by the week's Monday (<c>last_weekly_summary_week</c>).</summary>
    public static SummaryClaim Weekly(NpgsqlDataSource dataSource) => new(dataSource, "last_weekly_summary_week");

    /// <summary>
    /// Claims the period, then sends with <paramref name="send"/>: a send that must be retried, or that fails or is
    /// cancelled part-way, gives the claim back (the Bot's idempotency key keeps a resend from doubling a delivered one).
    /// Null when another replica, or an earlier run, already has it.
    /// </summary>
    public async Task<NotificationOutcome?> SendOnceAsync(Guid user, DateOnly period, DateOnly? previous,
        Func<CancellationToken, Task<NotificationResult>> send, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(user, period, cancellationToken))
        {
            return null;
        }
        NotificationResult result;
        try
        {
            result = await send(cancellationToken);
        }
        catch
        {
            await ReleaseAsync(user, period, previous, CancellationToken.None);
            throw;
        }
        if (result.Outcome == NotificationOutcome.Retry)
        {
            await ReleaseAsync(user, period, previous, CancellationToken.None);
        }
        return result.Outcome;
    }

    /// <summary>True when this caller now owns <paramref name="user"/>'s summary for <paramref name="period"/>.</summary>
    private async Task<bool> ClaimAsync(Guid user, DateOnly period, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(_claim);
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        command.Parameters.Add(new NpgsqlParameter { Value = period });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Gives the claim back, so the next run sends it again.</summary>
    private async Task ReleaseAsync(Guid user, DateOnly period, DateOnly? previous, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(_release);
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        command.Parameters.Add(new NpgsqlParameter { Value = period });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)previous ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
