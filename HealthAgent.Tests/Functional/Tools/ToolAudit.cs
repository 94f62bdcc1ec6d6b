using Npgsql;

namespace HealthAgent.Tests.Functional.Tools;

/// <summary>Reads a user's <c>tool_audit</c> rows straight from the database, oldest first.</summary>
internal static class ToolAudit
{
    internal sealed record Row(string Action, string Outcome, string? Refusal, string? Input, double? Output, string? Version, string? RequestId);

    public static async Task<List<Row>> ReadAsync(string connectionString, Guid userId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT action, outcome, refusal, input::text, output, version, request_id FROM tool_audit WHERE user_id = $1 ORDER BY id", connection)
        {
            Parameters = { new NpgsqlParameter { Value = userId } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetDouble(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return rows;
    }
}
