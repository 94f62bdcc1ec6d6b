using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthAgent.Core.Gamification;

/// <summary>
/// Everything an award needs to know about a user, read in one statement whose cost does not grow with the user's
/// history: the time zone, whether the action was already rewarded (the unique index), the running totals per kind
/// (<c>xp_totals</c>), the achievements held and the streak rows.
/// </summary>
/// <param name="Zone">The user's time zone.</param>
/// <param name="AlreadyAwarded">Whether the ledger already has the source key.</param>
/// <param name="Events">Rewarded actions per kind.</param>
/// <param name="TotalXp">XP over all kinds.</param>
/// <param name="Held">The achievements earned, by code, with when.</param>
/// <param name="Streaks">The stored streak rows (not tracked).</param>
internal sealed record ProgressSnapshot(
    TimeZoneInfo Zone, bool AlreadyAwarded, Dictionary<ActivityKind, int> Events, long TotalXp, IReadOnlyDictionary<string, DateTimeOffset> Held, IReadOnlyList<Streak> Streaks)
{
    private const string Sql = """
        SELECT u.time_zone,
               EXISTS (SELECT 1 FROM xp_events e WHERE e.user_id = $1 AND e.source_key = $2),
               COALESCE((SELECT json_agg(json_build_array(t.kind, t.events, t.xp)) FROM xp_totals t WHERE t.user_id = $1)::text, '[]'),
               COALESCE((SELECT json_object_agg(a.code, a.earned_at) FROM user_achievements a WHERE a.user_id = $1)::text, '{}'),
               COALESCE((SELECT json_agg(s) FROM streaks s WHERE s.user_id = $1)::text, '[]')
        FROM users u WHERE u.id = $1
        """;

    private static readonly JsonSerializerOptions StreakJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads the snapshot on the context's connection (and transaction, if one is open).</summary>
    /// <param name="db">The context whose connection to use.</param>
    /// <param name="userId">The user.</param>
    /// <param name="sourceKey">The action about to be rewarded; empty when only reading.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="NotFoundException">There is no such user.</exception>
    public static async Task<ProgressSnapshot> ReadAsync(HealthDbContext db, Guid userId, string sourceKey, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, userId);
            Add(command, sourceKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new NotFoundException("User");
            }
            var totals = JsonSerializer.Deserialize<JsonElement[][]>(reader.GetString(2))!;
            return new ProgressSnapshot(
                TimeZones.Find(reader.GetString(0)),
                reader.GetBoolean(1),
                totals.ToDictionary(t => Enum.Parse<ActivityKind>(t[0].GetString()!), t => t[1].GetInt32()),
                totals.Sum(t => t[2].GetInt64()),
                JsonSerializer.Deserialize<Dictionary<string, DateTimeOffset>>(reader.GetString(3))!,
                JsonSerializer.Deserialize<List<Streak>>(reader.GetString(4), StreakJson)!);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, object value)
    {
        var parameter = command.CreateParameter();
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
