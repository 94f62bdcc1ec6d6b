using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthAgent.Core.Data;

/// <summary>
/// Applies numbered SQL migrations: each file once, in order, one transaction per file, recorded in
/// <c>schema_migrations</c> with its checksum. A session advisory lock makes replicas that start together take turns,
/// so each file is applied exactly once; an applied file whose text changed stops the run.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, IReadOnlyList<Migration> migrations, ILogger<MigrationRunner> logger)
{
    // Any constant works as long as nothing else in the database uses it; this one spells "healthag".
    private const long AdvisoryLockKey = 0x6865616c74686167;

    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version      integer     PRIMARY KEY,
            name         text        NOT NULL,
            checksum     text        NOT NULL,
            applied_at   timestamptz NOT NULL DEFAULT now(),
            execution_ms integer     NOT NULL
        )
        """;

    /// <summary>Brings the schema up to date and returns the names of the files it applied (empty when none were pending).</summary>
    /// <exception cref="MigrationException">An applied file was edited, or a file failed (its transaction is rolled back).</exception>
    public async Task<IReadOnlyList<string>> ApplyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, CreateHistoryTable, cancellationToken);
            var applied = await ReadAppliedAsync(connection, cancellationToken);
            VerifyChecksums(applied);

            var done = new List<string>();
            foreach (var migration in migrations.Where(m => !applied.ContainsKey(m.Version)).OrderBy(m => m.Version))
            {
                await ApplyOneAsync(connection, migration, cancellationToken);
                done.Add(migration.Name);
            }
            logger.LogInformation("Schema is up to date: {Applied} migration(s) applied now, {Total} in all", done.Count, migrations.Count);
            return done;
        }
        finally
        {
            // An unlock failure must not hide the real error; the lock also ends with the session.
            try
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
            catch (NpgsqlException ex)
            {
                logger.LogWarning(ex, "Could not release the migration lock; it is released when the connection closes");
                // Pooled connections are not reset on return (no DISCARD ALL), so this one must not go back to the pool.
                NpgsqlConnection.ClearPool(connection);
            }
        }
    }

    /// <summary>The names of the migrations not applied yet, without applying any (a dry run must not write).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection);
        var applied = (bool)(await exists.ExecuteScalarAsync(cancellationToken))! ? await ReadAppliedAsync(connection, cancellationToken) : [];
        return [.. migrations.Where(m => !applied.ContainsKey(m.Version)).OrderBy(m => m.Version).Select(m => m.Name)];
    }

    private void VerifyChecksums(Dictionary<int, (string Name, string Checksum)> applied)
    {
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Version, out var record) && record.Checksum != migration.Checksum)
            {
                throw new MigrationException(
                    $"Migration {migration.Name} was changed after it was applied (checksum {record.Checksum[..12]}… in the database, " +
                    $"{migration.Checksum[..12]}… in this build). Restore the original file and put the change in a new numbered migration.");
            }
        }
        foreach (var (version, record) in applied.Where(a => migrations.All(m => m.Version != a.Key)))
        {
            logger.LogWarning("The database has migration {Version} ({Name}), which this build does not know; is it older than the database?", version, record.Name);
        }
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var script = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await script.ExecuteNonQueryAsync(cancellationToken);
            }
            var elapsedMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await using (var record = new NpgsqlCommand(
                "INSERT INTO schema_migrations (version, name, checksum, execution_ms) VALUES ($1, $2, $3, $4)", connection, transaction))
            {
                record.Parameters.Add(new() { Value = migration.Version });
                record.Parameters.Add(new() { Value = migration.Name });
                record.Parameters.Add(new() { Value = migration.Checksum });
                record.Parameters.Add(new() { Value = elapsedMs });
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied migration {Migration} in {ElapsedMs} ms", migration.Name, elapsedMs);
        }
        catch (PostgresException ex)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new MigrationException($"Migration {migration.Name} failed and was rolled back: {ex.MessageText} (SQLSTATE {ex.SqlState}).", ex);
        }
    }

    private static async Task<Dictionary<int, (string Name, string Checksum)>> ReadAppliedAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, (string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
        }
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
