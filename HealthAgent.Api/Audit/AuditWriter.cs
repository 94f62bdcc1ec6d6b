using Npgsql;

namespace HealthAgent.Api.Audit;

/// <summary>Appends rows to <c>audit_log</c>.</summary>
public sealed class AuditWriter(NpgsqlDataSource database)
{
    /// <summary>Writes one entry.</summary>
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO audit_log (occurred_at, action, actor_role, actor_user_id, subject_user_id, target, client_ip, outcome, status_code, request_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = entry.OccurredAt });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Action });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.ActorRole });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.ActorUserId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.SubjectUserId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Target });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.ClientIp ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Outcome });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.StatusCode });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.RequestId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
