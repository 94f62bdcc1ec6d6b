using HealthAgent.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// Races calls for real: each gets its own context with its connection already open, and all are released at once,
/// so none is ahead merely because it connected first.
/// </summary>
public static class Simultaneously
{
    /// <summary>Runs <paramref name="count"/> calls of <paramref name="call"/> (given its index and its own context) together.</summary>
    public static async Task<T[]> RunAsync<T>(MigratedDatabase database, int count, Func<int, HealthDbContext, Task<T>> call)
    {
        var ready = 0;
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await using var db = database.Context();
            await db.Database.OpenConnectionAsync();
            if (Interlocked.Increment(ref ready) == count)
            {
                go.SetResult();
            }
            await go.Task;
            return await call(i, db);
        })));
    }
}
