using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>Counts the SQL commands EF Core sends, to prove a query does not grow with the data (no N+1).</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => _count;

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
