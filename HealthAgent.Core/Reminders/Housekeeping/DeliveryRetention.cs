using HealthAgent.Core.Reminders.Dispatch;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HealthAgent.Core.Reminders.Housekeeping;

/// <summary>Deletes finished delivery rows older than <see cref="ReminderDispatchOptions.DeliveryRetention"/>, in bounded batches.</summary>
public sealed class DeliveryRetention(NpgsqlDataSource dataSource, IOptions<ReminderDispatchOptions> options, TimeProvider time)
{
    private const int BatchSize = 5000;

    /// <summary>Deletes old rows; returns how many.</summary>
    public async Task<long> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.DeliveryRetention;
        long total = 0;
        int deleted;
        do
        {
            // Small batches keep each transaction short; pending rows are never deleted, whatever their age.
            await using var command = dataSource.CreateCommand("""
                DELETE FROM reminder_deliveries WHERE id IN (
                    SELECT id FROM reminder_deliveries WHERE scheduled_at < $1 AND status <> 'pending' LIMIT $2 FOR UPDATE SKIP LOCKED)
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = cutoff });
            command.Parameters.Add(new NpgsqlParameter { Value = BatchSize });
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);
        return total;
    }
}
