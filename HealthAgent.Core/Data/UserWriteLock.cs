using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthAgent.Core.Data;

/// <summary>
/// Makes a limit that is read before a write hold under concurrent requests: the read and the write run in one
/// transaction that first takes a transaction-scoped advisory lock on (kind, user), so a second request of the same
/// user waits at the lock until the first commits, on every replica. The lock ends with the transaction, so nothing is
/// left on the pooled connection (ADR-018). docs/transactions.md lists the callers.
/// </summary>
public static class UserWriteLock
{
    /// <summary>Begins a transaction on <paramref name="db"/> holding the <paramref name="kind"/> lock of <paramref name="userId"/>; dispose it to release (rolling back unless committed).</summary>
    public static async Task<IDbContextTransaction> BeginAsync(HealthDbContext db, UserLockKind kind, Guid userId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Two int keys: the kind, and the user id hashed to an int (a collision only makes two users take turns).
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({(int)kind}, hashtext({userId.ToString()}))", cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
